/** The one error shape every API failure answers with. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string | string[];
  requestId: string;
}
