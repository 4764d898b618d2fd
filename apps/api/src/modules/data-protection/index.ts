// The data-protection module's public surface: her data download lists her own requests.
export { herDataRequests } from './requests/her-data-requests';
