import { createPrivateKey, createPublicKey, generateKeyPairSync, KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** A new Ed25519 key pair as PEM: the private key PKCS#8, the public key SPKI. */
export function generateSigningKeyPem(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/** Reads the checkpoint signing key; fails naming the file unless it is an Ed25519 PKCS#8 PEM. */
export function readSigningKey(file: string): SigningKey {
  const privateKey = createPrivateKey(readFileSync(file, 'utf8'));
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${file} holds a ${privateKey.asymmetricKeyType} key, not an Ed25519 key`);
  }
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

/** Reads the public key a verifier checks checkpoints with (SPKI PEM, or the private key's PEM). */
export function readPublicKey(file: string): KeyObject {
  const publicKey = createPublicKey(readFileSync(file, 'utf8'));
  if (publicKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${file} holds a ${publicKey.asymmetricKeyType} key, not an Ed25519 key`);
  }
  return publicKey;
}
