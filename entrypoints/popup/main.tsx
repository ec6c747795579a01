import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import { startFirstScreen } from './history-page';
import { applyUiDirection } from '@/utils/i18n';
import './popup.css';

// The history's first rows are read while the page renders (see utils/db/first-screen.ts).
if (location.hash.startsWith('#history')) startFirstScreen();
applyUiDirection(document);
const root = document.getElementById('app');
if (root) render(<App browser={browser} />, root);
