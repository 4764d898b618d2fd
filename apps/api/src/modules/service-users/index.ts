// The service-users module's public surface: reach to her record, and her record as other modules read and write it.
export { SERVICE_USER_NOT_FOUND, ServiceUserAccess } from './service-user.access';
export {
  findConsent,
  findConsentOwner,
  findConsents,
  findProfile,
  findServiceUserIdForAccount,
  insertServiceUser,
} from './service-user.repository';
export { mergeSafeContact } from './safe-contact';
export { NewServiceUserDto, SafeContactDto, SafeContactIs, SafeTimeWindowDto } from './dto/service-user.dto';
export { WithdrawConsentDto } from './dto/consent.dto';
