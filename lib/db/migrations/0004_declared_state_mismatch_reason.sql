-- An exchange that declares that no order matches (maintenance, halted, cancel-only, post-only) while its trades
-- flow: the status follows the trades, and this reason names the disagreement (lib/probes/exchange-verdict.ts,
-- lib/status/exchange.ts, lib/status/vocabulary.ts; methodology 1.1).
ALTER TYPE "public"."reason" ADD VALUE 'declared_state_mismatch';