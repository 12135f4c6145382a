// The tests' local SMTP server (tests/helpers/smtp.ts) receives what Nodemailer sends, parsed: recipients,
// both parts and the raw headers; and refuses on demand.
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn, startLocalSmtp, type LocalSmtp } from '../../helpers/smtp';

let smtp: LocalSmtp;
beforeAll(async () => {
  smtp = await startLocalSmtp();
});
afterAll(() => smtp.close());

describe('local SMTP server', () => {
  it('receives a message with its text and HTML parts and raw List-Unsubscribe headers', async () => {
    const transport = nodemailer.createTransport(smtp.url);
    await transport.sendMail({
      from: 'Marsad <status@marsad.test>', to: 'Reader@Example.test', subject: 'مرحبا',
      text: 'Confirm: http://127.0.0.1:1/subscribe/confirm?token=abc', html: '<p>hi</p>',
      headers: { 'List-Unsubscribe': '<http://127.0.0.1:1/api/subscribe/unsubscribe?token=x>', 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });
    const mail = await smtp.waitFor((m) => m.to.includes('reader@example.test'));
    expect(mail.subject).toBe('مرحبا');
    expect(mail.html).toContain('<p>hi</p>');
    expect(mail.headers['list-unsubscribe']).toBe('<http://127.0.0.1:1/api/subscribe/unsubscribe?token=x>');
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(linkIn(mail, '/subscribe/confirm')).toBe('http://127.0.0.1:1/subscribe/confirm?token=abc');
  });

  it('refuses when told to', async () => {
    smtp.refuseWith(451);
    const transport = nodemailer.createTransport(smtp.url);
    await expect(transport.sendMail({ from: 'a@marsad.test', to: 'b@example.test', subject: 's', text: 't' })).rejects.toThrow(/451/);
    smtp.refuseWith(null);
  });
});
