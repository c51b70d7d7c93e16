import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

/**
 * A stand-in for Microsoft Entra ID on loopback: a locally generated RSA key pair whose public half
 * is served as a JWKS, and a signer for Teams-SSO-shaped access tokens. A second key pair with the
 * same key id signs "wrongly signed" tokens: same header, signature from a key nobody trusts.
 */

export const TENANT_ID = '11111111-2222-4333-8444-555555555555';
export const APP_ID = '99999999-8888-4777-8666-555555555555';
export const ISSUER = `https://login.microsoftonline.com/${TENANT_ID}/v2.0`;
const KEY_ID = 'fake-entra-key-1';

export interface SignOptions {
  /** Seconds from `now` until `exp`; negative for an expired token. */
  readonly expiresIn?: number;
  readonly now?: Date;
  readonly key?: 'trusted' | 'untrusted';
  readonly audience?: string;
  readonly issuer?: string;
}

export interface FakeEntra {
  readonly jwksUrl: string;
  /** How often the JWKS was fetched (the verifier should cache it). */
  readonly fetches: () => number;
  sign(claims: JWTPayload, options?: SignOptions): Promise<string>;
  /** Claims of a signed-in colleague: oid, tid, name, scp access_as_user. */
  staffClaims(oid: string, name: string): JWTPayload;
  /** The environment for loadConfig that points the board at this fake. */
  environment(): Record<string, string>;
  close(): Promise<void>;
}

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

/**
 * RSA key generation costs about a second per pair on a busy machine, and every test of a file
 * starts its own fake Entra: the pairs are made once per test file (each file has its own module
 * instance) and shared by every fake Entra that file starts.
 */
let signingKeys: Promise<{ trusted: KeyPair; untrusted: KeyPair }> | undefined;

function keysForThisFile(): Promise<{ trusted: KeyPair; untrusted: KeyPair }> {
  signingKeys ??= (async () => ({
    trusted: await generateKeyPair('RS256', { extractable: true }),
    untrusted: await generateKeyPair('RS256', { extractable: true }),
  }))();
  return signingKeys;
}

export async function startFakeEntra(): Promise<FakeEntra> {
  const { trusted, untrusted } = await keysForThisFile();
  const publicJwk = {
    ...(await exportJWK(trusted.publicKey)),
    kid: KEY_ID,
    alg: 'RS256',
    use: 'sig',
  };
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    if (req.url === `/${TENANT_ID}/discovery/v2.0/keys`) {
      fetches += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [publicJwk] }));
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const jwksUrl = `http://127.0.0.1:${port}/${TENANT_ID}/discovery/v2.0/keys`;

  const sign = async (claims: JWTPayload, options: SignOptions = {}) => {
    const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
    const key: CryptoKey = options.key === 'untrusted' ? untrusted.privateKey : trusted.privateKey;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: KEY_ID, typ: 'JWT' })
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? APP_ID)
      .setIssuedAt(now - 60)
      .setNotBefore(now - 60)
      .setExpirationTime(now + (options.expiresIn ?? 3600))
      .sign(key);
  };

  return {
    jwksUrl,
    fetches: () => fetches,
    sign,
    staffClaims: (oid, name) => ({ oid, tid: TENANT_ID, name, scp: 'access_as_user' }),
    environment: () => ({
      BOARD_SSO_TENANT_ID: TENANT_ID,
      BOARD_SSO_AUDIENCE: `${APP_ID},api://wijkwijzer.example.nl/${APP_ID}`,
      BOARD_SSO_ISSUER: `${ISSUER},https://sts.windows.net/${TENANT_ID}/`,
      BOARD_SSO_JWKS_URL: jwksUrl,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
