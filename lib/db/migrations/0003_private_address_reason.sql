-- A check that was not made because the target's name resolved to a loopback, private or link-local
-- address: ineligible, not a failure (lib/probes/address-guard.ts, lib/status/vocabulary.ts).
ALTER TYPE "public"."reason" ADD VALUE 'private_address' BEFORE 'invalid_response';