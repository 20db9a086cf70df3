// `lightning/platformShowToastEvent` in the workbench: the event Lightning's toast container listens for; the shell
// shows it as an SLDS toast.
export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super('lightning__showtoast', { composed: true, cancelable: true, bubbles: true, detail: toast });
  }
}
