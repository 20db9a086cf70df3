import { DEFAULT_STORE_FOLDER, parseStartOptions } from '../options';

describe('npm start options', () => {
  it('serves on PORT or 3000 with the bundled sample data and the default store', () => {
    expect(parseStartOptions([], {})).toEqual({
      port: 3000,
      accounts: 0,
      reset: false,
      rebuild: false,
      storeFolder: DEFAULT_STORE_FOLDER
    });
    expect(parseStartOptions([], { PORT: '4100' }).port).toBe(4100);
  });

  it('reads --accounts, --port, --reset and --store', () => {
    expect(parseStartOptions(['--accounts', '100000', '--port', '0', '--reset', '--store', '/tmp/s'], {})).toEqual({
      port: 0,
      accounts: 100000,
      reset: true,
      rebuild: false,
      storeFolder: '/tmp/s'
    });
  });

  it('refuses a bad value or an unknown option in one line naming it', () => {
    expect(() => parseStartOptions(['--accounts', 'many'], {})).toThrow('--accounts must be a whole number');
    expect(() => parseStartOptions(['--port', '99999'], {})).toThrow('--port must be a port number, not "99999"');
    expect(() => parseStartOptions(['--lang', 'fr'], {})).toThrow('Unknown option --lang');
    expect(() => parseStartOptions(['--accounts'], {})).toThrow('--accounts needs a value');
  });
});
