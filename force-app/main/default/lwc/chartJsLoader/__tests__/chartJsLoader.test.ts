import type { LightningElement } from 'lwc';

type Loader = typeof import('c/chartJsLoader');

class FakeChart {
  destroy = jest.fn();
}
const component = {} as LightningElement;

/** A fresh page: the loader and the resource loader stand-in as a newly loaded page has them. */
function freshPage(): { loader: Loader; loadScript: jest.Mock } {
  jest.resetModules();
  /* eslint-disable @typescript-eslint/no-require-imports -- a fresh module registry per test is a fresh page */
  const loader = require('c/chartJsLoader') as Loader;
  const { loadScript } = require('lightning/platformResourceLoader') as { loadScript: jest.Mock };
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { loader, loadScript };
}

describe('c-chart-js-loader', () => {
  beforeEach(() => {
    (window as unknown as { Chart?: unknown }).Chart = FakeChart;
  });
  afterEach(() => {
    delete (window as unknown as { Chart?: unknown }).Chart;
    jest.clearAllMocks();
  });

  it('loads the chartjs static resource once for every chart of the page and gives each the constructor', async () => {
    const { loader, loadScript } = freshPage();
    const first = loader.loadChartJs(component);
    const second = loader.loadChartJs(component);
    await expect(first).resolves.toBe(FakeChart);
    await expect(second).resolves.toBe(FakeChart);
    await expect(loader.loadChartJs(component)).resolves.toBe(FakeChart);
    expect(loadScript).toHaveBeenCalledTimes(1);
    expect(loadScript).toHaveBeenCalledWith(component, 'chartjs');
  });

  it('rejects every waiting chart when the resource cannot load, and a later chart tries again', async () => {
    const { loader, loadScript } = freshPage();
    loadScript.mockImplementationOnce(() => Promise.reject(new Error('blocked')));
    const first = loader.loadChartJs(component);
    const second = loader.loadChartJs(component);
    await expect(first).rejects.toThrow('blocked');
    await expect(second).rejects.toThrow('blocked');
    await expect(loader.loadChartJs(component)).resolves.toBe(FakeChart);
    expect(loadScript).toHaveBeenCalledTimes(2);
  });

  it('rejects when the script loads but defines no Chart', async () => {
    const { loader } = freshPage();
    delete (window as unknown as { Chart?: unknown }).Chart;
    await expect(loader.loadChartJs(component)).rejects.toThrow('defined no Chart');
  });
});
