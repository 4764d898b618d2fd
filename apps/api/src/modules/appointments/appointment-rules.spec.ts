import { ConflictException } from '@nestjs/common';
import { assertAccompanimentChange, assertAppointmentChange, assertJourneyTakesAppointments } from './appointment-rules';

describe('appointment rules', () => {
  const startsAt = '2027-06-01T09:00:00Z';
  const before = new Date('2027-06-01T08:59:59Z');
  const from = new Date(startsAt);
  const planned = { status: 'planned' as const, startsAt };
  const refused = (fn: () => void) => expect(fn).toThrow(ConflictException);

  describe('assertAppointmentChange', () => {
    it('should refuse attended or missed before the start, and allow them from the start', () => {
      refused(() => assertAppointmentChange(planned, { status: 'attended' }, before));
      refused(() => assertAppointmentChange(planned, { status: 'missed' }, before));
      expect(() => assertAppointmentChange(planned, { status: 'attended' }, from)).not.toThrow();
    });

    it('should refuse an outcome before the start or on a cancelled appointment', () => {
      refused(() => assertAppointmentChange(planned, { outcome: 'Listened to' }, before));
      refused(() => assertAppointmentChange({ status: 'cancelled', startsAt }, { outcome: 'Listened to' }, from));
      expect(() => assertAppointmentChange(planned, { outcome: null }, before)).not.toThrow();
    });

    it('should refuse attendance straight from cancelled, but allow back to planned', () => {
      refused(() => assertAppointmentChange({ status: 'cancelled', startsAt }, { status: 'attended' }, from));
      expect(() => assertAppointmentChange({ status: 'cancelled', startsAt }, { status: 'planned' }, from)).not.toThrow();
    });

    it('should refuse moving an attended appointment into the future', () => {
      refused(() => assertAppointmentChange({ status: 'attended', startsAt }, { startsAt: '2027-06-02T09:00:00Z' }, from));
    });

    it('should allow cancelling and her preparation before the start', () => {
      expect(() => assertAppointmentChange(planned, { status: 'cancelled' }, before)).not.toThrow();
    });
  });

  describe('assertAccompanimentChange', () => {
    it('should allow a planned support level ahead, but the time spent and debrief only from the start', () => {
      expect(() => assertAccompanimentChange(planned, {}, before)).not.toThrow();
      refused(() => assertAccompanimentChange(planned, { timeSpentMinutes: 60 }, before));
      refused(() => assertAccompanimentChange(planned, { debrief: 'She led' }, before));
      expect(() => assertAccompanimentChange(planned, { timeSpentMinutes: 60, debrief: 'She led' }, from)).not.toThrow();
    });

    it('should refuse any accompaniment on a cancelled or rescheduled appointment', () => {
      refused(() => assertAccompanimentChange({ status: 'cancelled', startsAt }, {}, from));
      refused(() => assertAccompanimentChange({ status: 'rescheduled', startsAt }, {}, from));
    });
  });

  it('should refuse new appointments on a closed journey only', () => {
    refused(() => assertJourneyTakesAppointments('closed'));
    for (const status of ['referred', 'active', 'closing'] as const) expect(() => assertJourneyTakesAppointments(status)).not.toThrow();
  });
});
