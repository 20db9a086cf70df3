// jest stand-in for lightning/platformResourceLoader: loading succeeds at once; a test can make it fail.
export const loadScript = jest.fn(() => Promise.resolve());
export const loadStyle = jest.fn(() => Promise.resolve());
