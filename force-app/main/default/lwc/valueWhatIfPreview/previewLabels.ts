/** The what-if preview's Custom Labels (English and French). */
import previewTitle from '@salesforce/label/c.Settings_Preview_Title';
import previewLoading from '@salesforce/label/c.Settings_Preview_Loading';
import previewEmpty from '@salesforce/label/c.Settings_Preview_Empty';
import previewError from '@salesforce/label/c.Settings_Preview_Error';
import previewBasedOn from '@salesforce/label/c.Settings_Preview_Based_On';
import previewSampled from '@salesforce/label/c.Settings_Preview_Sampled';
import previewTime from '@salesforce/label/c.Settings_Preview_Time';
import previewMoved from '@salesforce/label/c.Settings_Preview_Moved';
import previewInvalid from '@salesforce/label/c.Settings_Preview_Invalid';
import matrixTitle from '@salesforce/label/c.Settings_Matrix_Title';
import matrixCaption from '@salesforce/label/c.Settings_Matrix_Caption';
import matrixFrom from '@salesforce/label/c.Settings_Matrix_From';
import matrixTo from '@salesforce/label/c.Settings_Matrix_To';
import distributionTitle from '@salesforce/label/c.Settings_Distribution_Title';
import distributionRange from '@salesforce/label/c.Settings_Distribution_Range';
import before from '@salesforce/label/c.Settings_Before';
import after from '@salesforce/label/c.Settings_After';
import netValueTitle from '@salesforce/label/c.Settings_Net_Value_Title';
import accounts from '@salesforce/label/c.Settings_Accounts';
import netValue from '@salesforce/label/c.Settings_Net_Value';
import tier from '@salesforce/label/c.Settings_Tier';
import moversTitle from '@salesforce/label/c.Settings_Movers_Title';
import moversEmpty from '@salesforce/label/c.Settings_Movers_Empty';
import account from '@salesforce/label/c.Settings_Account';
import score from '@salesforce/label/c.Settings_Score';
import separateTitle from '@salesforce/label/c.Settings_Separate_Title';
import blockedTitle from '@salesforce/label/c.Settings_Blocked_Title';
import listEmpty from '@salesforce/label/c.Settings_List_Empty';

export const LABELS = {
  previewTitle,
  previewLoading,
  previewEmpty,
  previewError,
  previewBasedOn,
  previewSampled,
  previewTime,
  previewMoved,
  previewInvalid,
  matrixTitle,
  matrixCaption,
  matrixFrom,
  matrixTo,
  distributionTitle,
  distributionRange,
  before,
  after,
  netValueTitle,
  accounts,
  netValue,
  tier,
  moversTitle,
  moversEmpty,
  account,
  score,
  separateTitle,
  blockedTitle,
  listEmpty
} as const;
