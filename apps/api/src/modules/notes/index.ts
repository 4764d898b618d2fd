// The notes module's public surface: keeping a note's earlier words (a change she proposed keeps them too).
export { keepNoteVersion } from './note.repository';
