import { createElement } from 'lwc';
import PortfolioOverview from 'c/portfolioOverview';
import getPortfolioSummary from '@salesforce/apex/PortfolioController.getPortfolioSummary';

// A sales rep: no Customer_Value_View_Portfolio custom permission (the jest stand-in grants none).
describe('c-portfolio-overview for a sales rep', () => {
  afterEach(() => {
    document.body.replaceChildren();
    jest.clearAllMocks();
  });

  it('shows the no-access state without asking the server', async () => {
    const element = createElement('c-portfolio-overview', { is: PortfolioOverview });
    document.body.appendChild(element);
    await Promise.resolve();
    const notice = element.shadowRoot!.querySelector('[data-id="no-access"]');
    expect(notice!.textContent).toBe('c.Portfolio_No_Access');
    expect(getPortfolioSummary as unknown as jest.Mock).not.toHaveBeenCalled();
    expect(element.shadowRoot!.querySelector('c-portfolio-account-list')).toBeNull();
    await expect(element).toBeAccessible();
  });
});
