import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { ApiProblem } from '../http/api-problem';
import {
  applyApiProblem,
  collectFormErrors,
  fieldErrorMessage,
  mapApiMessages,
  type FieldDescriptions,
} from './form-errors';

const FIELDS: FieldDescriptions<'email' | 'newPassword'> = {
  email: {
    id: 'email-input',
    label: 'Email address',
    messages: { required: 'Enter your email address', email: 'Enter an email address like name@example.com' },
  },
  newPassword: { id: 'new-password-input', label: 'New password', messages: { required: 'Enter a new password' } },
};

function form() {
  return new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    newPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
}

function problem(status: number, messages: string[]): ApiProblem {
  return { status, messages, requestId: 'req-1', retryAfterSeconds: null };
}

describe('form errors', () => {
  describe('fieldErrorMessage', () => {
    it('should return null when the control is valid', () => {
      const f = form();
      f.controls.email.setValue('a@b.test');
      expect(fieldErrorMessage(f.controls.email, FIELDS.email)).toBeNull();
    });

    it('should use the message for the first failing validator', () => {
      const f = form();
      f.controls.email.setValue('not-an-email');
      expect(fieldErrorMessage(f.controls.email, FIELDS.email)).toBe('Enter an email address like name@example.com');
    });

    it('should prefer a server message over validator messages', () => {
      const f = form();
      f.controls.email.setErrors({ required: true, server: 'That address is taken' });
      expect(fieldErrorMessage(f.controls.email, FIELDS.email)).toBe('That address is taken');
    });
  });

  describe('collectFormErrors', () => {
    it('should list every invalid field in field order, linked to its input id', () => {
      expect(collectFormErrors(form(), FIELDS)).toEqual([
        { fieldId: 'email-input', message: 'Enter your email address' },
        { fieldId: 'new-password-input', message: 'Enter a new password' },
      ]);
    });

    it('should list nothing when the form is valid', () => {
      const f = form();
      f.setValue({ email: 'a@b.test', newPassword: 'long enough words' });
      expect(collectFormErrors(f, FIELDS)).toEqual([]);
    });
  });

  describe('mapApiMessages', () => {
    it('should give a "field: message" to that field without the prefix', () => {
      expect(mapApiMessages(['newPassword: Choose a password that is harder to guess.'], FIELDS)).toEqual({
        fieldErrors: { newPassword: 'Choose a password that is harder to guess.' },
        general: [],
      });
    });

    it('should swap the property for the label in a validation message', () => {
      expect(mapApiMessages(['email must be an email address'], FIELDS).fieldErrors).toEqual({
        email: 'Email address must be an email address',
      });
    });

    it('should keep messages about no known field for the form as a whole', () => {
      expect(mapApiMessages(['Your email or password is not right.', 'token is not valid'], FIELDS)).toEqual({
        fieldErrors: {},
        general: ['Your email or password is not right.', 'token is not valid'],
      });
    });

    it('should keep only the first message for a field', () => {
      const mapped = mapApiMessages(['email: First', 'email: Second'], FIELDS);
      expect(mapped.fieldErrors['email']).toBe('First');
    });
  });

  describe('applyApiProblem', () => {
    it('should set server errors on the controls and return summary items for fields and the form', () => {
      const f = form();
      f.setValue({ email: 'a@b.test', newPassword: 'password' });
      const items = applyApiProblem(f, problem(400, ['Something general', 'newPassword: Too common.']), FIELDS);
      expect(items).toEqual([
        { message: 'Something general' },
        { fieldId: 'new-password-input', message: 'Too common.' },
      ]);
      expect(f.controls.newPassword.errors).toEqual({ server: 'Too common.' });
      expect(f.controls.newPassword.touched).toBe(true);
      expect(f.controls.email.errors).toBeNull();
    });

    it('should put a general 4xx message on the fallback field when there is one', () => {
      const f = form();
      const items = applyApiProblem(f, problem(401, ['That code is not right.']), FIELDS, 'email');
      expect(items).toEqual([{ fieldId: 'email-input', message: 'That code is not right.' }]);
      expect(fieldErrorMessage(f.controls.email, FIELDS.email)).toBe('That code is not right.');
    });

    it('should not pin a rate-limit message on a field', () => {
      const items = applyApiProblem(form(), problem(429, ['Too many attempts.']), FIELDS, 'email');
      expect(items).toEqual([{ message: 'Too many attempts.' }]);
    });

    it('should clear the server error once the person edits the field', () => {
      const f = form();
      f.controls.email.setValue('a@b.test');
      applyApiProblem(f, problem(409, ['email: An account with that email address already exists.']), FIELDS);
      f.controls.email.setValue('c@d.test');
      expect(f.controls.email.errors).toBeNull();
    });
  });
});
