import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App, loadHistoryPage } from './App';
import { FIRST_SCREEN_ROWS, readFirstScreen } from '@/utils/db/first-screen';
import { applyUiDirection } from '@/utils/i18n';
import './popup.css';

// Opened on the history: its chunk is imported and its first rows are read (plain IndexedDB,
// see utils/db/first-screen.ts) at once, side by side, while the page renders.
const history = location.hash.startsWith('#history');
if (history) void loadHistoryPage();
const firstScreen = history ? readFirstScreen(FIRST_SCREEN_ROWS) : null;
applyUiDirection(document);
const root = document.getElementById('app');
if (root) render(<App browser={browser} firstScreen={firstScreen} />, root);
