/*
 * Test-only learning record store and cmi5 LMS stand-in, bound to 127.0.0.1.
 *
 * The LRS is the npm package xapi-statements, in memory (no database). In front of it this server
 * plays the LMS side of a cmi5 launch, which the LRS package does not have:
 *   POST /lms/launch           registers a launch; body {activityId, actor, launchMode?, masteryScore?, moveOn?};
 *                              sends the LMS's "launched" statement and answers {registration, fetch, endpoint}
 *   POST /lms/fetch/<token>    the one-time auth-token fetch URL (a second call answers an error, as cmi5 says)
 *   GET  /xAPI/activities/state?stateId=LMS.LaunchData&...   the launch data of a registration
 *   GET  /lms/return           a page to return to (LaunchData returnURL)
 *   POST /lms/faults           {dropAfterStore: n}: the next n statement writes are stored, then the
 *                              response is lost (the socket is destroyed), as when a network drops mid-reply
 * Started as a child process by the tests; prints "ready <port>" on stdout.
 */
'use strict';
const os = require('node:os');
const path = require('node:path');
const fs = require('node:fs');
const crypto = require('node:crypto');

const port = Number(process.env.LRS_PORT || process.argv[2] || 18300);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lrs-'));
Object.assign(process.env, {
  EXPRESS_PORT: String(port),
  AUTH_REPO: 'test',
  EVENTS_REPO: 'test',
  MODELS_REPO: 'memory',
  STORAGE_REPO: 'local',
  FS_LOCAL_STORAGE_DIR: dir,
  EXPRESS_MORGAN_DIRECTORY: path.join(dir, 'logs'),
  WINSTON_CONSOLE_LEVEL: 'error',
});

const express = require('express');
const cors = require('cors');
const config = require('xapi-statements/dist/config').default;
const translatorFactory = require('xapi-statements/dist/translatorFactory').default;
const serviceFactory = require('xapi-statements/dist/serviceFactory').default;
const expressPresenter = require('xapi-statements/dist/expressPresenter').default;
const logger = require('xapi-statements/dist/logger').default;
const tracker = require('xapi-statements/dist/tracker').default;
const constants = require('xapi-statements/dist/utils/constants');

const presenter = expressPresenter({
  llClientInfoEndpoint: config.llClientInfoEndpoint,
  customRoute: config.express.customRoute,
  customRouteText: config.express.customRouteText,
  morganDirectory: config.express.morganDirectory,
  bodyParserLimit: config.express.bodyParserLimit,
  service: serviceFactory(),
  tracker,
  translator: translatorFactory(),
  logger,
});

const base = `http://127.0.0.1:${port}`;
const endpoint = `${base}/xAPI/`;
/** registration -> { launchData, token, fetched } */
const launches = new Map();
let dropAfterStore = 0;

const app = express();
const lmsCors = cors({ origin: true, credentials: true, exposedHeaders: ['ETag'] });

app.use('/lms', lmsCors, express.json());
app.options('/xAPI/activities/state', lmsCors);

app.post('/lms/launch', async (req, res) => {
  const { activityId, actor, launchMode = 'Normal', masteryScore, moveOn = 'Passed', returnURL } = req.body || {};
  const registration = crypto.randomUUID();
  const token = crypto.randomUUID();
  const launchData = {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: activityId }] },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': crypto.randomUUID() },
    },
    launchMode,
    moveOn,
    ...(masteryScore !== undefined ? { masteryScore } : {}),
    ...(returnURL ? { returnURL } : {}),
  };
  launches.set(registration, { launchData, token, fetched: false, actor, activityId });
  // The LMS, not the AU, sends "launched".
  const launched = {
    id: crypto.randomUUID(),
    actor,
    verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
    object: { objectType: 'Activity', id: activityId },
    context: {
      ...launchData.contextTemplate,
      registration,
      contextActivities: {
        ...launchData.contextTemplate.contextActivities,
        category: [{ objectType: 'Activity', id: 'https://w3id.org/xapi/cmi5/context/categories/cmi5' }],
      },
      extensions: {
        ...launchData.contextTemplate.extensions,
        'https://w3id.org/xapi/cmi5/context/extensions/launchmode': launchMode,
        'https://w3id.org/xapi/cmi5/context/extensions/moveon': moveOn,
        'https://w3id.org/xapi/cmi5/context/extensions/launchurl': 'index.html',
      },
    },
    timestamp: new Date().toISOString(),
  };
  const r = await fetch(`${endpoint}statements`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: 'Basic ' + Buffer.from('lms:lms').toString('base64') },
    body: JSON.stringify(launched),
  });
  if (!r.ok) return res.status(500).json({ error: await r.text() });
  res.json({ registration, endpoint, fetch: `${base}/lms/fetch/${token}`, actor, activityId });
});

app.post('/lms/fetch/:token', (req, res) => {
  const entry = [...launches.values()].find((l) => l.token === req.params.token);
  if (!entry) return res.status(404).json({ 'error-code': '3', 'error-text': 'unknown token' });
  if (entry.fetched) return res.json({ 'error-code': '1', 'error-text': 'already in use' });
  entry.fetched = true;
  res.json({ 'auth-token': Buffer.from(`au:${entry.token}`).toString('base64') });
});

app.get('/lms/return', (req, res) => {
  res.type('html').send('<!doctype html><title>LMS</title><h1 id="lms-return">Back on the course platform</h1>');
});

app.post('/lms/faults', (req, res) => {
  dropAfterStore = Number(req.body?.dropAfterStore ?? 0);
  res.json({ dropAfterStore });
});

app.get('/xAPI/activities/state', lmsCors, (req, res) => {
  const reg = String(req.query.registration || '');
  const entry = launches.get(reg);
  if (req.query.stateId !== 'LMS.LaunchData' || !entry) return res.status(404).end();
  res.json(entry.launchData);
});

// Statement writes: optionally store, then lose the response.
app.use(constants.statementsRoute, (req, res, next) => {
  if ((req.method === 'PUT' || req.method === 'POST') && dropAfterStore > 0) {
    dropAfterStore -= 1;
    // The LRS stores the statement; its answer never reaches the client.
    res.writeHead = () => res;
    res.end = () => {
      req.socket.destroy();
      return res;
    };
  }
  next();
});

app.use(constants.aboutRoute, presenter.aboutRouter);
app.use(constants.fullActivitiesRoute, presenter.fullActivitiesRouter);
app.use(constants.statementsRoute, presenter.statementsRouter);

const server = app.listen(port, '127.0.0.1', () => {
  process.stdout.write(`ready ${port}\n`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
