import { createElement } from 'lwc';
import PortfolioObjectives from 'c/portfolioObjectives';

const objectives = {
  year: 2026,
  objectives: [
    {
      objectiveId: 'a',
      name: 'A on pace',
      holder: 'North',
      paceStatus: 'on_pace',
      willMiss: false,
      lastComputedAt: '2026-11-30T02:00:00Z',
      measures: [
        { measure: 'customers_retained', target: 10, actual: 12, projected: 13, progress: 1.2, willMiss: false }
      ]
    },
    {
      objectiveId: 'b',
      name: 'B short',
      holder: 'Camille Laurent',
      paceStatus: 'will_miss',
      willMiss: true,
      lastComputedAt: '',
      measures: [
        { measure: 'retention_rate', target: 0.9, actual: 0.6, projected: 0.65, progress: 0.667, willMiss: true }
      ]
    }
  ]
};

function createObjectives(value: unknown): HTMLElement {
  const element = createElement('c-portfolio-objectives', { is: PortfolioObjectives });
  Object.assign(element, { objectives: value });
  document.body.appendChild(element);
  return element;
}

describe('c-portfolio-objectives', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('lists the objectives that will miss the year first, each measure with its bar, and is accessible', async () => {
    const element = createObjectives(objectives);
    await Promise.resolve();
    const items = element.shadowRoot!.querySelectorAll('li[data-objective]');
    expect([...items].map((item) => item.getAttribute('data-objective'))).toEqual(['b', 'a']);
    expect(items[0].querySelector('[data-id="status"]')!.textContent).toContain('c.Objective_Status_Will_Miss');
    expect(items[0].textContent).toContain('c.Objectives_Never_Computed');
    expect(items[1].textContent).toContain('c.Objectives_Last_Computed');
    const bars = element.shadowRoot!.querySelectorAll('lightning-progress-bar');
    expect([...bars].map((bar) => (bar as HTMLElement & { value: number }).value)).toEqual([67, 100]);
    expect(element.shadowRoot!.querySelector('[data-id="will-miss-count"]')!.textContent).toContain(
      'c.Objectives_Will_Miss_One'
    );
    await expect(element).toBeAccessible();
  });

  it('counts the objectives that will miss in the plural when there are several', async () => {
    const second = { ...objectives.objectives[1], objectiveId: 'c', name: 'C short' };
    const element = createObjectives({ ...objectives, objectives: [...objectives.objectives, second] });
    await Promise.resolve();
    expect(element.shadowRoot!.querySelector('[data-id="will-miss-count"]')!.textContent).toContain(
      'c.Objectives_Will_Miss_Count'
    );
  });

  it('says plainly when the year has no objective', async () => {
    const element = createObjectives({ year: 2026, objectives: [] });
    await Promise.resolve();
    expect(element.shadowRoot!.querySelector('[data-id="objectives-empty"]')!.textContent).toBe('c.Objectives_Empty');
    expect(element.shadowRoot!.querySelector('[data-id="will-miss-count"]')).toBeNull();
    await expect(element).toBeAccessible();
  });
});
