/** What the auth module offers others: the session cookie's name and the password rules. */
export { SESSION_COOKIE } from './auth.routes.ts';
export { assertPasswordPolicy, hashPassword } from './password.ts';
