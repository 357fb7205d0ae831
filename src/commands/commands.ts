/*
 * The ribbon's function file. The ribbon's button only opens the task pane (a ShowTaskpane action);
 * commands that run without the pane are registered here with Office.actions.associate.
 */
Office.onReady(() => {
  // Nothing to register yet: every ribbon button opens the task pane.
});
