// jest stand-in for '@salesforce/customPermission/*': not granted, as for a sales rep. A manager test mocks it as true.
export default false;
