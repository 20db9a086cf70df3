// The toBeAccessible matcher that force-app/test/jest-setup.js registers for every LWC test (@sa11y/jest).
import '@sa11y/jest';
