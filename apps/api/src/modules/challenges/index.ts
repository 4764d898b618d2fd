// The challenges module's public surface: her portal reads her challenges in plain words.
export { herChallenges } from './her-challenges';
