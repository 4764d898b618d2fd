import { FormGroup } from '@angular/forms';
import type { ServiceUserProfile } from '@beside/shared/contracts';
import { profileControls, profileFormValue, profileFromForm } from './profile-form-model';
import { applyApiProblem } from '@beside/web/core';
import { safeContact } from '@beside/web/core/testing';
import {
  consentControls,
  consentFormValue,
  consentFromForm,
  flattenMessagingPaths,
  isUkMobile,
  messagingControls,
  messagingFields,
  SafeWindowsArray,
} from './safe-contact-form-model';

describe('SafeWindowsArray', () => {
  it('should read back the windows put on it, days in week order', () => {
    const windows = new SafeWindowsArray();
    windows.use([{ days: ['friday', 'monday'], from: '22:00', until: '06:00' }]);
    expect(windows.windows()).toEqual([{ days: ['monday', 'friday'], from: '22:00', until: '06:00' }]);
    expect(windows.valid).toBe(true);
  });

  it('should give a new window no days, so it is not valid until she chooses one, in the API words', () => {
    const windows = new SafeWindowsArray();
    windows.addWindow();
    expect(windows.dirty).toBe(true);
    expect(windows.at(0).errors).toEqual({ window: 'choose at least one day' });
    expect(windows.errors).toEqual({ safeWindows: true });
    windows.at(0).controls.days.controls.tuesday.setValue(true);
    expect(windows.errors).toBeNull();
  });

  it('should refuse a window that starts and ends at the same time, and allow one past midnight', () => {
    const windows = new SafeWindowsArray();
    windows.use([{ days: ['sunday'], from: '09:00', until: '09:00' }]);
    expect(windows.at(0).errors?.['window']).toBe('the window must not start and end at the same time');
    windows.at(0).controls.until.setValue('01:00');
    expect(windows.valid).toBe(true);
  });

  it('should remove a window', () => {
    const windows = new SafeWindowsArray();
    windows.use([
      { days: ['monday'], from: '10:00', until: '12:00' },
      { days: ['tuesday'], from: '10:00', until: '12:00' },
    ]);
    windows.removeWindow(0);
    expect(windows.windows()).toEqual([{ days: ['tuesday'], from: '10:00', until: '12:00' }]);
  });
});

describe('isUkMobile', () => {
  it('should take what the API takes', () => {
    expect(isUkMobile('07700 900123')).toBe(true);
    expect(isUkMobile('+44 7700 900123')).toBe(true);
    expect(isUkMobile('(07700) 900-123')).toBe(true);
    expect(isUkMobile('020 7946 0000')).toBe(false);
    expect(isUkMobile('0770090012')).toBe(false);
  });

  it('should leave an empty number alone and mark a wrong one', () => {
    const { textNumber } = messagingControls();
    expect(textNumber.errors).toBeNull();
    textNumber.setValue('12345');
    expect(textNumber.errors).toEqual({ ukMobile: true });
  });
});

describe('consent', () => {
  it('should go to the form and back unchanged', () => {
    const consent = { invitation: ['email' as const], reminder: ['email' as const, 'text' as const], message_alert: [] };
    const form = consentControls();
    form.setValue(consentFormValue(consent));
    expect(consentFromForm(form.getRawValue())).toEqual(consent);
  });
});

describe('profile form with her safe contact', () => {
  const profile: ServiceUserProfile = {
    id: 's1',
    name: 'Amara Okafor',
    preferredName: null,
    pronouns: null,
    dateOfBirth: null,
    languages: null,
    interpreterNeeded: false,
    accessibilityNeeds: null,
    hasAccount: false,
    accountStatus: null,
    version: 3,
    safeContact: safeContact(),
  };

  it('should send back what was loaded, structured safe contact included', () => {
    const form = new FormGroup(profileControls());
    form.controls.safeWindows.use(profile.safeContact.safeWindows);
    form.reset(profileFormValue(profile));
    expect(profileFromForm(form.getRawValue()).safeContact).toEqual(profile.safeContact);
  });
});

describe("the API's 400 on her safe contact", () => {
  it('should land on the field it names', () => {
    const form = new FormGroup(messagingControls());
    const messages = [
      'safeContact.textNumber must be a UK mobile number, such as 07700 900123',
      'safeContact.safeWindows: a window must not start and end at the same time',
      'safeContact.messageConsent.reminder must each be one of: email, text',
    ].map(flattenMessagingPaths);
    const items = applyApiProblem(form, { status: 400, messages, requestId: null, retryAfterSeconds: null }, messagingFields('profile'));
    expect(form.controls.textNumber.errors?.['server']).toBe('Mobile number safe for texts must be a UK mobile number, such as 07700 900123');
    expect(form.controls.safeWindows.errors?.['server']).toBe('A window must not start and end at the same time');
    expect(form.controls.messageConsent.errors?.['server']).toBe('What she agreed to be sent must each be one of: email, text');
    expect(items.map((i) => i.fieldId)).toEqual(['profile-safe-windows', 'profile-text-number', 'profile-message-consent']);
  });
});
