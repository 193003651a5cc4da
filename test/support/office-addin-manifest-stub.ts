// See jest.config.js: stands in for office-addin-manifest, which office-addin-mock
// imports only for this enum.
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
