/** Unit tests: specs beside the code, no broker, no network. */
module.exports = {
  rootDir: '.',
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/test/'],
  testRegex: '\\.spec\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  moduleNameMapper: {
    '^@interop/contracts$': '<rootDir>/libs/contracts/src',
    '^@interop/adapter-kit$': '<rootDir>/libs/adapter-kit/src',
    '^@interop/adapter-kit/testing$': '<rootDir>/libs/adapter-kit/src/conformance',
    '^@interop/platform$': '<rootDir>/libs/platform/src',
  },
  testEnvironment: 'node',
};
