// `lightning/platformResourceLoader` in the workbench: loads a static resource's script or style once per page.
const loaded = new Map();

function loadOnce(url, create) {
  if (!loaded.has(url)) {
    loaded.set(
      url,
      new Promise((resolve, reject) => {
        const element = create();
        element.addEventListener('load', () => resolve());
        element.addEventListener('error', () => reject(new Error(`Could not load ${url}`)));
        document.head.append(element);
      })
    );
  }
  return loaded.get(url);
}

export function loadScript(_component, url) {
  return loadOnce(url, () => Object.assign(document.createElement('script'), { src: url }));
}

export function loadStyle(_component, url) {
  return loadOnce(url, () => Object.assign(document.createElement('link'), { rel: 'stylesheet', href: url }));
}
