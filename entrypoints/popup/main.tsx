import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import { applyUiDirection } from '@/utils/i18n';
import './popup.css';

applyUiDirection(document);
const root = document.getElementById('app');
if (root) render(<App browser={browser} />, root);
