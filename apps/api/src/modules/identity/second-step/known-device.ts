import { createHmac } from 'node:crypto';
import type { Request, Response } from 'express';
import { sameSecret } from '../credentials/secrets';
import { cookieIsSecure, cookieOptions } from '../sessions/session-cookie';

/**
 * A device she has signed in from before (OWASP's "device cookie"): signed with the app's
 * SECRET_KEY, naming one account. A device that carries it is not held back by the limits
 * that anyone can push onto her account (failures from many addresses, or from her own
 * network for other emails): it has a small budget of its own instead.
 */
export const KNOWN_DEVICE_DAYS = 180;

export function knownDeviceCookieName(publicUrl: string): string {
  return cookieIsSecure(publicUrl) ? '__Host-beside_device' : 'beside_device';
}

function signature(secret: string, accountId: string, issuedAt: string): string {
  return createHmac('sha256', secret).update(`beside-known-device:${accountId}:${issuedAt}`).digest('base64url');
}

export function knownDeviceValue(secret: string, accountId: string, now = Date.now()): string {
  const issuedAt = now.toString(36);
  return `${accountId}.${issuedAt}.${signature(secret, accountId, issuedAt)}`;
}

/** The device's own id (account and issue time) if the cookie is genuine, fresh, and for this account; otherwise null. */
export function knownDeviceFor(secret: string, value: string | undefined, accountId: string | undefined, now = Date.now()): string | null {
  if (!value || !accountId) return null;
  const [id, issuedAt, mac] = value.split('.');
  if (id !== accountId || !issuedAt || !mac) return null;
  if (!sameSecret(mac, signature(secret, id, issuedAt))) return null;
  const issued = parseInt(issuedAt, 36);
  if (!Number.isFinite(issued) || now - issued > KNOWN_DEVICE_DAYS * 86_400_000 || issued > now + 60_000) return null;
  return `${id}.${issuedAt}`;
}

export function readKnownDevice(req: Request, publicUrl: string): string | undefined {
  const cookies: Record<string, string> | undefined = req.cookies;
  return cookies?.[knownDeviceCookieName(publicUrl)];
}

export function setKnownDeviceCookie(res: Response, publicUrl: string, secret: string, accountId: string): void {
  res.cookie(knownDeviceCookieName(publicUrl), knownDeviceValue(secret, accountId), { ...cookieOptions(publicUrl), maxAge: KNOWN_DEVICE_DAYS * 86_400_000 });
}
