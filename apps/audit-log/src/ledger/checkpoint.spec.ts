import { generateKeyPairSync } from 'node:crypto';
import {
  checkpointMessage,
  CheckpointBody,
  hasValidSignature,
  keyIdOf,
  signCheckpoint,
} from './checkpoint';

const key = generateKeyPairSync('ed25519');

const body: CheckpointBody = {
  version: 1,
  checkpoint: 1,
  firstSeq: 1,
  treeSize: 3,
  headHash: 'aa'.repeat(32),
  merkleRoot: 'bb'.repeat(32),
  prevSignature: '',
  signedAt: '2026-11-30T08:00:00.000Z',
  keyId: keyIdOf(key.publicKey),
};

describe('checkpoint signatures', () => {
  it('signs the domain line then the JCS encoding of the body', () => {
    expect(checkpointMessage(body).toString('utf8')).toBe(
      'interop-audit-checkpoint/v1\n' +
        `{"checkpoint":1,"firstSeq":1,"headHash":"${body.headHash}","keyId":"${body.keyId}",` +
        `"merkleRoot":"${body.merkleRoot}","prevSignature":"","signedAt":"${body.signedAt}",` +
        '"treeSize":3,"version":1}',
    );
  });

  it('verifies with the public key, and not once any field changes', () => {
    const checkpoint = signCheckpoint(body, key.privateKey);
    expect(hasValidSignature(checkpoint, key.publicKey)).toBe(true);
    expect(hasValidSignature({ ...checkpoint, treeSize: 4 }, key.publicKey)).toBe(false);
    expect(hasValidSignature({ ...checkpoint, signature: 'garbage' }, key.publicKey)).toBe(false);
  });

  it('does not verify with another key', () => {
    const checkpoint = signCheckpoint(body, key.privateKey);
    expect(hasValidSignature(checkpoint, generateKeyPairSync('ed25519').publicKey)).toBe(false);
  });

  it('identifies a key by the SHA-256 of its SPKI encoding', () => {
    expect(keyIdOf(key.publicKey)).toMatch(/^[0-9a-f]{64}$/);
    expect(keyIdOf(key.publicKey)).toBe(keyIdOf(key.publicKey));
  });
});
