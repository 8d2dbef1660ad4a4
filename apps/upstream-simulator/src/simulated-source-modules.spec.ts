import { SOURCES } from '@interop/contracts';
import { simulatedSourceModulePath, simulatedSourceModules } from './simulated-source-modules';

describe('simulatedSourceModules', () => {
  it("finds every registry source's simulator module by the convention", () => {
    const modules = simulatedSourceModules();
    expect(modules).toHaveLength(SOURCES.length);
    expect(new Set(modules).size).toBe(SOURCES.length);
  });

  it('stops the simulator naming the file a source without a simulator module lacks', () => {
    expect(() => simulatedSourceModules(['no-such-source'])).toThrow(
      `source no-such-source has no simulator module: expected ${simulatedSourceModulePath('no-such-source')}.ts`,
    );
  });
});
