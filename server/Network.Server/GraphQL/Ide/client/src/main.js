// GraphiQL for the server's /graphql endpoint. The server writes the page's settings (the tabs and the
// headers to offer) into a JSON block of the page; everything else is bundled, so nothing is fetched
// from another origin.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './page.css';
import { GraphiQL } from 'graphiql';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createFetcher } from './fetcher.js';

const settings = JSON.parse(document.getElementById('ide-settings')?.textContent ?? '{}');

const element = createElement(GraphiQL, {
  fetcher: createFetcher(settings.endpoint ?? '/graphql', settings.placeholderAuthorization),
  defaultTabs: settings.tabs,
  defaultHeaders: settings.headers ?? undefined,
  defaultEditorToolsVisibility: settings.headers ? 'headers' : false,
  shouldPersistHeaders: false,
});

createRoot(document.getElementById('graphiql')).render(createElement(StrictMode, null, element));
