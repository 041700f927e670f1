/** Errors of the signing and verifying libraries, with a code for the caller and a Vietnamese message. */
export type SignatureErrorCode =
  | 'BAD_P12'
  | 'BAD_PASSPHRASE'
  | 'BAD_PDF'
  | 'ENCRYPTED_PDF'
  | 'BAD_PAGE'
  | 'SIGNATURE_TOO_LARGE'
  | 'CERTIFICATE_NOT_VALID';

export class SignatureError extends Error {
  constructor(
    readonly code: SignatureErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SignatureError';
  }
}
