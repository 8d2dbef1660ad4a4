/** Unit tests: specs beside the code, no broker, no network. */
module.exports = {
  rootDir: '.',
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testRegex: '\\.spec\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  moduleNameMapper: {
    '^@interop/contracts$': '<rootDir>/libs/contracts/src',
    '^@interop/adapter-kit$': '<rootDir>/libs/adapter-kit/src',
  },
  testEnvironment: 'node',
};
