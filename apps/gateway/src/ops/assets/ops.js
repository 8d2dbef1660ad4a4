// The ops page: polls /v1/ops/connectors with the ops caller's API key and keeps one card per
// connector up to date in place, so that focus and half-typed forms survive each refresh.
// Plain browser JavaScript with no dependency: the page works with no internet. Data is only
// ever written as text (textContent), never as markup.
(function () {
  'use strict';

  const KEY_STORAGE = 'interop-ops-api-key';
  const POLL_MS = 2000;
  const SVG = 'http://www.w3.org/2000/svg';
  const SYMBOL = { UP: '✓', DEGRADED: '▲', DOWN: '✕' };

  const byId = (id) => document.getElementById(id);
  const cards = new Map();
  let timer;
  let polling = false;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svgElement(tag, attributes) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  }

  const time = (iso) => (iso ? new Date(iso).toLocaleTimeString() : '—');
  const ms = (value) => (value === null || value === undefined ? '—' : `${Math.round(value)} ms`);
  const share = (value) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`);
  const count = (value) => (value === null || value === undefined ? 'unknown' : String(value));

  function announce(text) {
    byId('announcer').textContent = text;
  }

  // --- talking to the gateway -----------------------------------------------------------

  function apiKey() {
    return sessionStorage.getItem(KEY_STORAGE);
  }

  async function api(method, path, body) {
    const headers = { Authorization: `Bearer ${apiKey()}` };
    if (body) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
      cache: 'no-store',
      credentials: 'omit',
    });
    const payload = await response.json().catch(() => ({}));
    return { status: response.status, payload };
  }

  function refusal({ status, payload }) {
    if (status === 401) return 'The key was refused: check it and sign in again.';
    if (status === 403) return 'This key has no ops role in the access policy.';
    const message = payload && payload.error && payload.error.message;
    return message || `The gateway answered ${status}.`;
  }

  // --- signing in and out -----------------------------------------------------------------

  function showSignIn(message) {
    clearTimeout(timer);
    sessionStorage.removeItem(KEY_STORAGE);
    byId('board').hidden = true;
    byId('sign-out').hidden = true;
    byId('sign-in').hidden = false;
    byId('sign-in-error').textContent = message || '';
    byId('summary').textContent = 'Not signed in.';
    byId('api-key').focus();
  }

  function showBoard() {
    byId('sign-in').hidden = true;
    byId('board').hidden = false;
    byId('sign-out').hidden = false;
  }

  async function signIn(event) {
    event.preventDefault();
    const input = byId('api-key');
    const key = input.value.trim();
    if (!key) {
      byId('sign-in-error').textContent = 'Enter the API key of an ops caller.';
      input.focus();
      return;
    }
    sessionStorage.setItem(KEY_STORAGE, key);
    input.value = '';
    const answer = await api('GET', '/v1/ops/connectors');
    if (answer.status !== 200) {
      showSignIn(refusal(answer));
      return;
    }
    showBoard();
    render(answer.payload);
    byId('board').focus();
    schedule();
  }

  // --- polling ----------------------------------------------------------------------------

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(poll, POLL_MS);
  }

  async function poll() {
    if (polling || !apiKey()) return;
    polling = true;
    try {
      const answer = await api('GET', '/v1/ops/connectors');
      if (answer.status === 401 || answer.status === 403) {
        showSignIn(refusal(answer));
        return;
      }
      if (answer.status === 200) render(answer.payload);
      else markStale(refusal(answer));
    } catch {
      markStale('The gateway cannot be reached; retrying.');
    } finally {
      polling = false;
    }
    if (apiKey()) schedule();
  }

  function markStale(why) {
    byId('board').classList.add('stale');
    byId('summary').textContent = `${why} Figures shown may be out of date.`;
  }

  // --- rendering --------------------------------------------------------------------------

  function render(view) {
    byId('board').classList.remove('stale');
    const ready = view.ready ? 'ready' : 'NOT ready';
    const kafka = view.kafka.reachable ? 'Kafka reachable' : 'Kafka UNREACHABLE';
    byId('summary').textContent =
      `Overall ${view.status} · this gateway ${ready} · ${kafka} · ` +
      `updated ${time(view.generatedAt)} (every ${POLL_MS / 1000} s)`;
    for (const connector of view.connectors) {
      let card = cards.get(connector.source);
      if (!card) {
        card = createCard(connector);
        cards.set(connector.source, card);
        byId('connectors').append(card.root);
      }
      updateCard(card, connector, view);
    }
  }

  function figure(list, label) {
    const item = element('div');
    item.append(element('dt', '', label));
    const value = element('dd');
    item.append(value);
    list.append(item);
    return value;
  }

  function createCard(connector) {
    const root = element('article', 'connector');
    root.dataset.source = connector.source;
    const headingId = `connector-${connector.source}`;
    root.setAttribute('aria-labelledby', headingId);

    const heading = element('h3', '', connector.title);
    heading.id = headingId;
    root.append(
      heading,
      element('div', 'source', connector.source + (connector.critical ? ' · critical' : '')),
    );

    const headline = element('p', 'headline');
    const status = element('span', 'status');
    const badge = element('span', 'badge', 'IN MAINTENANCE');
    const since = element('span', 'since');
    headline.append(status, badge, since);
    root.append(headline);

    const reasons = element('ul', 'reasons');
    reasons.setAttribute('aria-label', `Reasons ${connector.source} is not UP`);
    root.append(reasons);

    const list = element('dl', 'figures');
    const figures = {
      rate: figure(list, 'Requests/s'),
      errorRate: figure(list, 'Error rate'),
      p50: figure(list, 'p50'),
      p95: figure(list, 'p95'),
      circuit: figure(list, 'Circuit'),
      inFlight: figure(list, 'In flight'),
      lag: figure(list, 'Consumer lag'),
      replicas: figure(list, 'Replicas'),
    };
    root.append(list);

    const chart = svgElement('svg', {
      class: 'sparkline',
      viewBox: '0 0 300 60',
      preserveAspectRatio: 'none',
      role: 'img',
    });
    const title = svgElement('title', {});
    const objective = svgElement('line', { class: 'objective', x1: 0, x2: 300, 'stroke-width': 1 });
    const p50 = svgElement('polyline', { class: 'p50', fill: 'none', 'stroke-width': 1.5 });
    const p95 = svgElement('polyline', { class: 'p95', fill: 'none', 'stroke-width': 2 });
    // The newest measured p95, so that a single interval with requests still shows.
    const latest = svgElement('circle', { class: 'latest', r: 3, cx: -10, cy: -10 });
    chart.append(title, objective, p50, p95, latest);
    root.append(chart);
    const legend = element('p', 'legend');
    root.append(legend);

    const errors = element('div', 'recent-errors');
    root.append(errors);

    const maintenance = maintenanceControls(connector);
    root.append(maintenance.root);

    return {
      root,
      status,
      badge,
      since,
      reasons,
      figures,
      chart,
      title,
      objective,
      p50,
      p95,
      latest,
      legend,
      errors,
      maintenance,
      lastStatus: undefined,
    };
  }

  function maintenanceControls(connector) {
    const source = connector.source;
    const root = element('section', 'maintenance');
    root.setAttribute('aria-label', `Maintenance of ${source}`);

    const form = element('form');
    const reasonId = `maintenance-reason-${source}`;
    const untilId = `maintenance-until-${source}`;
    const reasonLabel = element('label', '', 'Reason');
    reasonLabel.htmlFor = reasonId;
    const reason = element('input');
    reason.id = reasonId;
    reason.name = 'reason';
    reason.maxLength = 200;
    reason.required = true;
    const untilLabel = element('label', '', 'Until');
    untilLabel.htmlFor = untilId;
    const until = element('input');
    until.id = untilId;
    until.name = 'until';
    until.type = 'datetime-local';
    const hint = element('p', 'hint', 'Optional, your local time; empty: until ended here.');
    hint.id = `${untilId}-hint`;
    until.setAttribute('aria-describedby', hint.id);
    const start = element('button', '', `Start maintenance of ${source}`);
    start.type = 'submit';
    const formError = element('p', 'error');
    formError.setAttribute('role', 'alert');
    form.append(reasonLabel, reason, untilLabel, until, hint, start, formError);

    const active = element('div');
    const description = element('p');
    const end = element('button', '', `End maintenance of ${source}`);
    end.type = 'button';
    active.append(description, end);
    root.append(form, active);

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = reason.value.trim();
      if (!text) {
        formError.textContent = 'Say why, for the ops team.';
        reason.focus();
        return;
      }
      const body = { reason: text };
      if (until.value) body.until = new Date(until.value).toISOString();
      start.disabled = true;
      const answer = await api('PUT', `/v1/ops/connectors/${source}/maintenance`, body).catch(
        () => ({ status: 0, payload: {} }),
      );
      start.disabled = false;
      if (answer.status !== 200) {
        formError.textContent = refusal(answer);
        return;
      }
      formError.textContent = '';
      reason.value = '';
      until.value = '';
      showMaintenance(controls, answer.payload.maintenance);
      announce(`Maintenance of ${source} started.`);
      end.focus();
      void poll();
    });

    end.addEventListener('click', async () => {
      end.disabled = true;
      const answer = await api('DELETE', `/v1/ops/connectors/${source}/maintenance`).catch(() => ({
        status: 0,
        payload: {},
      }));
      end.disabled = false;
      if (answer.status !== 200) {
        description.textContent = refusal(answer);
        return;
      }
      showMaintenance(controls, null);
      announce(`Maintenance of ${source} ended.`);
      reason.focus();
      void poll();
    });

    const controls = { root, form, active, description };
    return controls;
  }

  function showMaintenance(controls, maintenance) {
    controls.form.hidden = Boolean(maintenance);
    controls.active.hidden = !maintenance;
    if (maintenance) {
      const until = maintenance.until
        ? `until ${new Date(maintenance.until).toLocaleString()}`
        : 'until ended here';
      controls.description.textContent = `In maintenance since ${time(maintenance.since)}, ${until}, switched on by ${maintenance.by}: ${maintenance.reason}`;
    }
  }

  function updateCard(card, connector, view) {
    card.root.dataset.status = connector.status;
    card.status.className = `status status-${connector.status}`;
    card.status.textContent = `${SYMBOL[connector.status]} ${connector.status}`;
    card.badge.hidden = !connector.maintenance;
    card.since.textContent = `since ${time(connector.since)}`;

    card.reasons.replaceChildren(
      ...connector.reasons.map((reason) => {
        const item = element('li');
        item.append(
          element('code', '', reason.code),
          document.createTextNode(` ${reason.message}`),
        );
        return item;
      }),
    );
    card.reasons.hidden = connector.reasons.length === 0;

    const { traffic } = connector;
    card.figures.rate.textContent = traffic.requestsPerSecond.toFixed(2);
    card.figures.errorRate.textContent = share(traffic.errorRate);
    card.figures.p50.textContent = ms(traffic.p50Ms);
    card.figures.p95.textContent = ms(traffic.p95Ms);
    card.figures.circuit.textContent = connector.circuit;
    card.figures.inFlight.textContent = String(connector.inFlight);
    card.figures.lag.textContent = count(connector.consumerLag);
    card.figures.replicas.textContent = count(connector.replicas);

    drawSparkline(card, connector, view);
    drawErrors(card, connector);
    if (!card.maintenance.root.contains(document.activeElement) || connector.maintenance) {
      showMaintenance(card.maintenance, connector.maintenance);
    }

    if (card.lastStatus !== undefined && card.lastStatus !== connector.status) {
      const why = connector.reasons.map((reason) => reason.code).join(', ');
      announce(`${connector.title} is now ${connector.status}${why ? `: ${why}` : ''}.`);
    }
    card.lastStatus = connector.status;
  }

  function drawSparkline(card, connector, view) {
    const points = connector.history;
    const top = Math.max(
      connector.latencyObjectiveMs * 1.25,
      ...points.map((point) => point.p95Ms || 0),
    );
    const start = Date.parse(view.generatedAt) - view.historyMs;
    const x = (at) => Math.min(296, ((Date.parse(at) - start) / view.historyMs) * 300).toFixed(1);
    const y = (value) => (60 - (value / top) * 56 - 2).toFixed(1);
    const line = (key) =>
      points
        .filter((point) => point[key] !== null)
        .map((point) => `${x(point.at)},${y(point[key])}`)
        .join(' ');
    card.p95.setAttribute('points', line('p95Ms'));
    card.p50.setAttribute('points', line('p50Ms'));
    const objective = y(connector.latencyObjectiveMs);
    card.objective.setAttribute('y1', objective);
    card.objective.setAttribute('y2', objective);
    const measured = points.filter((point) => point.p95Ms !== null);
    const newest = measured[measured.length - 1];
    card.latest.setAttribute('cx', newest ? x(newest.at) : -10);
    card.latest.setAttribute('cy', newest ? y(newest.p95Ms) : -10);
    const worst = measured.length ? Math.max(...measured.map((point) => point.p95Ms)) : null;
    const minutes = Math.round(view.historyMs / 60000);
    const summary = measured.length
      ? `highest p95 ${ms(worst)}, latest ${ms(measured[measured.length - 1].p95Ms)}`
      : 'no requests';
    card.title.textContent = `${connector.title}: latency over the last ${minutes} minutes, ${summary}; objective ${connector.latencyObjectiveMs} ms`;
    card.chart.setAttribute('aria-label', card.title.textContent);
    card.legend.textContent = `Last ${minutes} min: p95 (solid), p50 (dashed), objective ${connector.latencyObjectiveMs} ms (dotted).`;
  }

  function drawErrors(card, connector) {
    if (connector.recentErrors.length === 0) {
      card.errors.replaceChildren(
        element('p', 'no-errors', 'No errors in the last quarter of an hour.'),
      );
      return;
    }
    const table = element('table', 'errors');
    table.append(element('caption', '', 'Recent errors by code'));
    const head = element('tr');
    for (const name of ['Code', 'Count', 'Last']) {
      const cell = element('th', '', name);
      cell.scope = 'col';
      head.append(cell);
    }
    const thead = element('thead');
    thead.append(head);
    const tbody = element('tbody');
    for (const error of connector.recentErrors) {
      const row = element('tr');
      row.append(
        element('td', '', error.code),
        element('td', '', String(error.count)),
        element('td', '', time(error.lastAt)),
      );
      tbody.append(row);
    }
    table.append(thead, tbody);
    card.errors.replaceChildren(table);
  }

  // --- start ------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    byId('sign-in-form').addEventListener('submit', signIn);
    byId('sign-out').addEventListener('click', () => showSignIn('Signed out.'));
    if (apiKey()) {
      showBoard();
      void poll();
    } else {
      byId('api-key').focus();
    }
  });
})();
