import { fromWithName } from './message-transports';

describe("an organisation's sender name on email (issue 17)", () => {
  it("keeps MAIL_FROM's address and shows the organisation's neutral name", () => {
    expect(fromWithName('Appointments <no-reply@messages.example.org>', 'Harbour appointments')).toBe('"Harbour appointments" <no-reply@messages.example.org>');
    expect(fromWithName('no-reply@messages.example.org', 'Appointments')).toBe('"Appointments" <no-reply@messages.example.org>');
  });

  it('leaves MAIL_FROM as it is without a name, and never lets a name carry an address or a new header', () => {
    expect(fromWithName('Appointments <no-reply@messages.example.org>', null)).toBe('Appointments <no-reply@messages.example.org>');
    expect(fromWithName('Appointments <no-reply@messages.example.org>', '  ')).toBe('Appointments <no-reply@messages.example.org>');
    expect(fromWithName('a@b.example', 'Evil" <x@evil.example>\r\nBcc: y@evil.example')).toBe('"Evil xevil.exampleBcc: yevil.example" <a@b.example>');
  });
});
