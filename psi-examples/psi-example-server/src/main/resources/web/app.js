// A custom frontend on the public JSON API only: every request goes to /api/v1, as any other client's would.
'use strict';

const T = {
  sv: {
    title: 'Partnerskapet för sociala innovationer', language: 'Språk', signIn: 'Logga in som', demoOnly: '(endast demo)',
    anonymous: 'Ingen (allmänheten)', 'user.committee': 'Ledamot i arbetsutskottet', 'user.partner': 'Administratör, Verdandi Örebro',
    'user.applicant': 'Sökande organisation', 'user.handler': 'Handläggningsgrupp', 'user.decider': 'Beslutsfattare på delegation',
    'user.admin': 'Systemadministratör', 'nav.partners': 'Parter', 'nav.committee': 'Arbetsutskottet',
    'nav.membership': 'Ansök om medlemskap', 'nav.grants': 'Bidrag för sociala innovationer', 'nav.unreachable': 'Ej nåbara parter',
    'nav.followup': 'Uppföljning', 'partners.caption': 'Partnerskapets parter och deras sektorer', 'col.name': 'Namn',
    'col.sector': 'Sektor', 'col.status': 'Status', 'col.contact': 'Kontaktperson', 'committee.why': 'Varför?',
    'form.organisation': 'Organisationen', 'form.orgNumber': 'Organisationsnummer', 'form.orgName': 'Namn',
    'form.kind': 'Slag av organisation', 'form.board': 'Styrelsebeslut (MEM-4)', 'form.boardDate': 'Datum',
    'form.boardBody': 'Beslutande organ', 'form.boardRef': 'Paragraf', 'form.contact': 'Kontaktperson (MEM-5)',
    'form.contactName': 'Namn', 'form.contactRole': 'Roll', 'form.contactEmail': 'E-post', 'form.submit': 'Skicka ansökan',
    'membership.pending': 'Ansökningar från den här webbläsaren', 'followup.title': 'Uppföljning 2022',
    footer: 'Exempelserver för PSI-biblioteket. Demoanvändarna finns bara för demonstration; en riktig värd fyller CallerIdentity från sin egen inloggning.',
    majority: 'Civilsamhället och den sociala ekonomin har majoritet', noMajority: 'Majoriteten för civilsamhället saknas',
    seats: (n, o) => `${n} ${n === 1 ? 'plats' : 'platser'} för civilsamhället och den sociala ekonomin, ${o} för övriga`,
    submitted: 'Ansökan är inskickad. Status:', decide: 'Besluta', decided: 'Beslut:', reachable: 'Utsedd', vacant: 'Saknas',
    notVisible: '–', signInFor: 'Logga in som ledamot i arbetsutskottet, partner eller administratör för att se detta.',
    noneUnreachable: 'Alla parter har en kontaktperson.', vacantSince: 'saknar kontaktperson sedan',
    journey: 'Ärendets gång', submittedOn: 'Inlämnad', group: 'Handläggningsgrupp', criteria: 'Grundkrav',
    proposal: 'Förslag', decision: 'Beslut på delegation', by: 'av', granted: 'Beviljade projekt 2022',
    fullCase: 'Logga in som beslutsfattare på delegation för att se hela ärendet.', target: 'mål', achieved: 'utfört',
    meetings: 'Genomförda möten', none: 'Inga', problem: 'Det gick inte:',
    money: (kronor) => `${kronor.toLocaleString('sv')} kr`, days: (n) => `${n} ${n === 1 ? 'dag' : 'dagar'}`
  },
  en: {
    title: 'Partnership for Social Innovation', language: 'Language', signIn: 'Sign in as', demoOnly: '(demo only)',
    anonymous: 'Nobody (the public)', 'user.committee': 'Working committee member', 'user.partner': 'Administrator, Verdandi Örebro',
    'user.applicant': 'Applying organisation', 'user.handler': 'Handling group', 'user.decider': 'Delegated decider',
    'user.admin': 'System administrator', 'nav.partners': 'Partners', 'nav.committee': 'Working committee',
    'nav.membership': 'Apply for membership', 'nav.grants': 'Grants for social innovation', 'nav.unreachable': 'Unreachable partners',
    'nav.followup': 'Follow-up', 'partners.caption': 'The partners and their sectors', 'col.name': 'Name',
    'col.sector': 'Sector', 'col.status': 'Status', 'col.contact': 'Contact person', 'committee.why': 'Why?',
    'form.organisation': 'The organisation', 'form.orgNumber': 'Organisation number', 'form.orgName': 'Name',
    'form.kind': 'Kind of organisation', 'form.board': 'Board decision (MEM-4)', 'form.boardDate': 'Date',
    'form.boardBody': 'Deciding body', 'form.boardRef': 'Minute', 'form.contact': 'Contact person (MEM-5)',
    'form.contactName': 'Name', 'form.contactRole': 'Role', 'form.contactEmail': 'E-mail', 'form.submit': 'Send application',
    'membership.pending': 'Applications from this browser', 'followup.title': 'Follow-up 2022',
    footer: 'Example server of the PSI library. The demo users are for demonstration only; a real host fills CallerIdentity from its own sign-in.',
    majority: 'Civil society and the social economy hold the majority', noMajority: 'The civil-society majority is missing',
    seats: (n, o) => `${n} ${n === 1 ? 'seat' : 'seats'} for civil society and the social economy, ${o} for others`,
    submitted: 'The application is sent. Status:', decide: 'Decide', decided: 'Decision:', reachable: 'Appointed', vacant: 'Missing',
    notVisible: '–', signInFor: 'Sign in as a working committee member, a partner or an administrator to see this.',
    noneUnreachable: 'Every partner has a contact person.', vacantSince: 'without a contact person since',
    journey: 'The case', submittedOn: 'Submitted', group: 'Handling group', criteria: 'Basic criteria',
    proposal: 'Proposal', decision: 'Decision on delegation', by: 'by', granted: 'Projects granted in 2022',
    fullCase: 'Sign in as the delegated decider to see the whole case.', target: 'target', achieved: 'achieved',
    meetings: 'Meetings held', none: 'None', problem: 'That did not work:',
    money: (kronor) => `SEK ${kronor.toLocaleString('en')}`, days: (n) => `${n} ${n === 1 ? 'day' : 'days'}`
  }
};
const NAMES = {
  sv: { CIVIL_SOCIETY: 'Civilsamhället', SOCIAL_ECONOMY: 'Social ekonomi', PUBLIC: 'Offentlig sektor', ACADEMIA: 'Akademin',
    BUSINESS: 'Näringslivet', ACTIVE: 'Aktiv', WITHDRAWN: 'Utträdd', AGREEMENT_ENDED: 'Avtalet har upphört', ASSOCIATION: 'Förening', FOUNDATION: 'Stiftelse',
    STUDY_ASSOCIATION: 'Studieförbund', FOLK_HIGH_SCHOOL: 'Folkhögskola', FAITH_COMMUNITY: 'Trossamfund',
    SOCIAL_ENTERPRISE: 'Socialt företag', COOPERATIVE: 'Kooperativ', WORK_INTEGRATING_SOCIAL_ENTERPRISE: 'Arbetsintegrerande socialt företag',
    MUNICIPALITY: 'Kommun', REGION: 'Region', COORDINATION_ASSOCIATION: 'Samordningsförbund', GOVERNMENT_AGENCY: 'Myndighet',
    UNIVERSITY: 'Universitet', BUSINESS_NETWORK: 'Företagsnätverk', COMPANY: 'Företag',
    ADMITTED: 'Antagen', INCOMPLETE: 'Ofullständig', REFUSED: 'Avslagen', SUBMITTED: 'Inskickad', GRANTED: 'Beviljad',
    REJECTED: 'Avslag', REFERRED: 'Hänvisad', MET: 'Uppfyllt', NOT_MET: 'Inte uppfyllt', NEEDS_JUDGEMENT: 'Kräver bedömning',
    NOT_APPLICABLE: 'Gäller inte', DONE: 'Klar', ONGOING: 'Pågår', CANCELLED: 'Inställd', PLANNED: 'Planerad',
    SOCIETAL_BENEFIT: 'Samhällsnytta', INNOVATIVE_AND_LASTING: 'Innovativt och långsiktigt', NEW_LOCALLY: 'Nytt lokalt',
    ANCHORED_WITH_PARTNERS: 'Förankrat hos parter', GENERAL_MEETING: 'Stormöten', PUBLIC_DIALOGUE: 'Samhällssamtal',
    STUDY_CIRCLE: 'Forskningscirklar', DIALOGUE_MEETING: 'Dialogmöten', WORKSHOP: 'Utvecklingsverkstäder',
    LEARNING_SEMINAR: 'Lärseminarier', COORDINATION_MEETING: 'Samordningsmöten' },
  en: { CIVIL_SOCIETY: 'Civil society', SOCIAL_ECONOMY: 'Social economy', PUBLIC: 'Public sector', ACADEMIA: 'Academia',
    BUSINESS: 'Business', ACTIVE: 'Active', WITHDRAWN: 'Withdrawn', AGREEMENT_ENDED: 'Agreement ended', ASSOCIATION: 'Association', FOUNDATION: 'Foundation',
    STUDY_ASSOCIATION: 'Study association', FOLK_HIGH_SCHOOL: 'Folk high school', FAITH_COMMUNITY: 'Faith community',
    SOCIAL_ENTERPRISE: 'Social enterprise', COOPERATIVE: 'Cooperative', WORK_INTEGRATING_SOCIAL_ENTERPRISE: 'Work-integrating social enterprise',
    MUNICIPALITY: 'Municipality', REGION: 'Region', COORDINATION_ASSOCIATION: 'Coordination association', GOVERNMENT_AGENCY: 'Government agency',
    UNIVERSITY: 'University', BUSINESS_NETWORK: 'Business network', COMPANY: 'Company',
    ADMITTED: 'Admitted', INCOMPLETE: 'Incomplete', REFUSED: 'Refused', SUBMITTED: 'Submitted', GRANTED: 'Granted',
    REJECTED: 'Rejected', REFERRED: 'Referred', MET: 'Met', NOT_MET: 'Not met', NEEDS_JUDGEMENT: 'Needs judgement',
    NOT_APPLICABLE: 'Not applicable', DONE: 'Done', ONGOING: 'Ongoing', CANCELLED: 'Cancelled', PLANNED: 'Planned',
    SOCIETAL_BENEFIT: 'Societal benefit', INNOVATIVE_AND_LASTING: 'Innovative and lasting', NEW_LOCALLY: 'New locally',
    ANCHORED_WITH_PARTNERS: 'Anchored with partners', GENERAL_MEETING: 'General meetings', PUBLIC_DIALOGUE: 'Public dialogues',
    STUDY_CIRCLE: 'Research study circles', DIALOGUE_MEETING: 'Dialogue meetings', WORKSHOP: 'Development workshops',
    LEARNING_SEMINAR: 'Learning seminars', COORDINATION_MEETING: 'Coordination meetings' }
};
const FORMATS = ['GENERAL_MEETING', 'PUBLIC_DIALOGUE', 'STUDY_CIRCLE', 'DIALOGUE_MEETING', 'WORKSHOP', 'LEARNING_SEMINAR',
  'COORDINATION_MEETING'];
const KINDS = ['ASSOCIATION', 'FOUNDATION', 'STUDY_ASSOCIATION', 'FOLK_HIGH_SCHOOL', 'FAITH_COMMUNITY', 'SOCIAL_ENTERPRISE',
  'COOPERATIVE', 'WORK_INTEGRATING_SOCIAL_ENTERPRISE', 'REGION', 'COORDINATION_ASSOCIATION', 'GOVERNMENT_AGENCY',
  'UNIVERSITY', 'BUSINESS_NETWORK', 'COMPANY'];

const state = { lang: localStorage.getItem('psi.lang') || 'sv', user: localStorage.getItem('psi.user') || '', partners: new Map() };
const $ = (id) => document.getElementById(id);
const t = (key) => T[state.lang][key] ?? key;
const name = (value) => NAMES[state.lang][value] ?? value;

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key === 'class') node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

async function api(path, { method = 'GET', body, ifMatch } = {}) {
  const headers = { 'Accept': 'application/json', 'Accept-Language': state.lang };
  if (state.user) headers['X-Demo-User'] = state.user;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, ok: response.ok, etag: response.headers.get('ETag'), json: text ? JSON.parse(text) : null };
}

function problem(answer) {
  const box = el('div', { class: 'problem', role: 'alert' }, el('p', {}, `${t('problem')} ${answer.json.title}. ${answer.json.detail}`));
  if (answer.json.violations) {
    box.append(el('ul', {}, answer.json.violations.map((v) => el('li', {}, el('span', { class: 'rule' }, v.rule), `${v.field}: ${v.message}`))));
  }
  if (answer.json.explanation) box.append(explanation(answer.json.explanation));
  return box;
}

function explanation(e) {
  return el('ul', { class: 'explanation', 'aria-label': e.rulesetVersion },
    e.evaluations.map((v) => el('li', { class: `verdict-${v.verdict}` }, el('span', { class: 'rule' }, v.ruleId), `${name(v.verdict)}: ${v.reason}`)));
}

function translate() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-t]').forEach((node) => { node.textContent = t(node.dataset.t); });
  $('lang-sv').setAttribute('aria-pressed', String(state.lang === 'sv'));
  $('lang-en').setAttribute('aria-pressed', String(state.lang === 'en'));
  const kind = $('org-kind');
  const chosen = kind.value;
  kind.replaceChildren(...KINDS.map((k) => el('option', { value: k }, name(k))));
  if (chosen) kind.value = chosen;
}

async function loadPartners() {
  const page = await api('/api/v1/partners?limit=100');
  const unreachable = ['committee', 'admin'].includes(state.user) ? (await api('/api/v1/unreachable-partners')).json : null;
  const vacant = new Set((unreachable || []).map((u) => u.partnerId));
  state.partners = new Map(page.json.items.map((p) => [p.id, p]));
  $('partners-body').replaceChildren(...page.json.items.map((p) => el('tr', {},
    el('td', {}, p.organisation.name), el('td', {}, name(p.organisation.sector)), el('td', {}, name(p.status)),
    el('td', {}, unreachable ? (vacant.has(p.id) ? t('vacant') : t('reachable')) : t('notVisible')))));
}

async function loadCommittee() {
  const committee = (await api('/api/v1/working-committee')).json;
  const majority = $('majority');
  majority.className = `badge ${committee.civilSocietyMajority ? 'ok' : 'bad'}`;
  majority.textContent = `${committee.civilSocietyMajority ? t('majority') : t('noMajority')} — ${T[state.lang].seats(committee.nonProfitSeats, committee.otherSeats)}`;
  $('seats').replaceChildren(...committee.seats.map((s) => el('li', {},
    `${state.partners.get(s.partnerId)?.organisation.name ?? s.partnerId} (${name(s.sector)})`)));
  $('committee-explanation').textContent = committee.explanation.summary;
}

function applications() {
  return JSON.parse(localStorage.getItem('psi.applications') || '[]');
}

async function loadApplications() {
  const items = [];
  for (const stored of applications()) {
    const answer = await api(`/api/v1/membership-applications/${stored.id}`);
    const item = el('li', { id: `application-${stored.id}` }, `${stored.name}: ${answer.ok ? name(answer.json.status) : t('notVisible')} `);
    if (answer.ok && state.user === 'committee' && answer.json.status !== 'ADMITTED') {
      const button = el('button', { type: 'button', class: 'decide' }, `${t('decide')}: ${stored.name}`);
      button.addEventListener('click', () => decide(stored, answer.etag));
      item.append(button);
    }
    items.push(item);
  }
  $('applications').replaceChildren(...items);
}

async function decide(stored, etag) {
  const answer = await api(`/api/v1/membership-applications/${stored.id}/decision`, { method: 'POST', ifMatch: etag });
  const result = $('decision-result');
  if (!answer.ok) { result.replaceChildren(problem(answer)); return; }
  const decision = answer.json.latestDecision;
  result.replaceChildren(el('p', { class: 'outcome', id: 'decision-outcome' }, `${t('decided')} ${stored.name} — ${name(decision.outcome)}`),
    el('p', {}, `${decision.explanation.rulesetVersion}, ${decision.explanation.decisionDate}`), explanation(decision.explanation));
  await loadApplications();
  await loadPartners();
}

async function apply(event) {
  event.preventDefault();
  const value = (id) => $(id).value.trim();
  const body = { organisation: { organisationNumber: value('org-number'), name: value('org-name'), kind: $('org-kind').value } };
  if (value('board-date') || value('board-body') || value('board-ref')) {
    body.boardDecision = { date: value('board-date') || null, body: value('board-body'), reference: value('board-ref') };
  }
  if (value('contact-name') || value('contact-email')) {
    body.contactPerson = { name: value('contact-name'), role: value('contact-role'), email: value('contact-email'), official: false };
  }
  const answer = await api('/api/v1/membership-applications', { method: 'POST', body });
  const result = $('apply-result');
  if (!answer.ok) { result.replaceChildren(problem(answer)); return; }
  localStorage.setItem('psi.applications', JSON.stringify([...applications(), { id: answer.json.id, name: answer.json.organisation.name }]));
  result.replaceChildren(el('p', { id: 'apply-status' }, `${t('submitted')} ${name(answer.json.status)}`));
  await loadApplications();
}

async function loadGrants() {
  const box = $('grant-journey');
  if (['committee', 'decider', 'admin'].includes(state.user)) {
    const decided = await api('/api/v1/delegations/decisions?from=2022-01-01&to=2022-12-31');
    box.replaceChildren(...decided.json.map(journey));
    return;
  }
  const granted = await api('/api/v1/granted-projects?from=2022-01-01&to=2022-12-31');
  box.replaceChildren(el('h3', {}, t('granted')), el('ul', {}, granted.json.map((p) =>
    el('li', {}, `${p.title} — ${p.applicant.name}, ${T[state.lang].money(p.amountKronor)}`))), el('p', {}, t('fullCase')));
}

function journey(application) {
  const members = application.handlingGroup.map((m) => m.personId);
  const criteria = [...new Set(application.judgements.map((j) => j.criterion))];
  const table = el('table', {}, el('caption', {}, t('criteria')),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, ''), members.map((m) => el('th', { scope: 'col' }, m)))),
    el('tbody', {}, criteria.map((c) => el('tr', {}, el('th', { scope: 'row' }, name(c)), members.map((m) => {
      const judged = application.judgements.find((j) => j.criterion === c && j.personId === m);
      return el('td', { class: judged ? `verdict-${judged.verdict}` : '' }, judged ? name(judged.verdict) : '–');
    })))));
  const decision = application.decision;
  return el('article', { class: 'grant' }, el('h3', {}, `${application.project.title} — ${application.applicant.name}`),
    el('ol', { class: 'timeline', 'aria-label': t('journey') },
      el('li', {}, `${t('submittedOn')} ${application.submittedOn}`),
      el('li', {}, `${t('group')}: ${members.join(', ')}`),
      el('li', {}, table),
      application.proposal ? el('li', {}, `${t('proposal')}: ${name(application.proposal.outcome)} ${t('by')} ${application.proposal.presenter}`) : '',
      decision ? el('li', {}, el('p', { class: 'outcome' }, `${t('decision')}: ${name(decision.outcome)}${decision.amountKronor ? `, ${T[state.lang].money(decision.amountKronor)}` : ''} — ${decision.decidedOn}, ${decision.decidedBy}`),
        el('p', {}, decision.reasons), explanation(decision.explanation)) : ''));
}

async function loadUnreachable() {
  const box = $('unreachable-body');
  if (!['committee', 'admin'].includes(state.user)) { box.replaceChildren(el('p', {}, t('signInFor'))); return; }
  const list = (await api('/api/v1/unreachable-partners')).json;
  box.replaceChildren(list.length === 0 ? el('p', {}, t('noneUnreachable')) : el('ul', {}, list.map((u) =>
    el('li', {}, `${state.partners.get(u.partnerId)?.organisation.name ?? u.organisationNumber} ${t('vacantSince')} ${u.vacantSince} (${T[state.lang].days(u.daysVacant)})`))));
}

async function loadFollowUp() {
  const box = $('followup-chart');
  if (!['committee', 'partner', 'admin'].includes(state.user)) { box.replaceChildren(el('p', {}, t('signInFor'))); return; }
  const followUp = (await api('/api/v1/activity-lists/2022/follow-up')).json;
  const rows = followUp.goals.flatMap((g) => g.activities.map((a) => ({ goal: g.goal.number, ...a })));
  const width = 640, row = 28, left = 280, scale = (width - left - 60);
  const max = Math.max(1, ...rows.map((r) => Math.max(r.activity.targetCount ?? 0, r.activity.achievedCount ?? 0)));
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${rows.length * row + 10}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('followup.title'));
  const add = (tag, attributes, text) => {
    const node = document.createElementNS(svgNs, tag);
    Object.entries(attributes).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    svg.append(node);
  };
  rows.forEach((r, i) => {
    const y = i * row + 5;
    add('text', { x: 0, y: y + 16 }, `${r.goal}. ${r.activity.title}`.slice(0, 40));
    const colour = r.verdict === 'MET' ? '#1d6b2f' : r.verdict === 'NOT_MET' ? '#a4161a' : '#6b6b6b';
    if (r.activity.targetCount != null) {
      add('rect', { x: left, y: y + 4, width: scale * r.activity.targetCount / max, height: 16, fill: '#dde6ee' });
      add('rect', { x: left, y: y + 8, width: scale * (r.activity.achievedCount ?? 0) / max, height: 8, fill: colour });
      add('text', { x: left + scale + 6, y: y + 16 }, `${r.activity.achievedCount ?? 0}/${r.activity.targetCount}`);
    } else {
      add('text', { x: left, y: y + 16, fill: colour }, name(r.activity.status));
    }
  });
  const meetings = followUp.meetings;
  // Meeting formats by their names in the caller's language, never as the API's constants.
  const held = FORMATS.filter((f) => meetings.held[f] > 0).map((f) => `${name(f)}: ${meetings.held[f]}`);
  box.replaceChildren(svg, el('p', { id: 'meetings-held' }, `${t('meetings')} — ${held.join(', ') || t('none')}`),
    explanation(followUp.explanation));
}

async function loadAll() {
  translate();
  await loadPartners();
  await Promise.all([loadCommittee(), loadApplications(), loadGrants(), loadUnreachable(), loadFollowUp()]);
  $('status').textContent = '';
}

$('lang-sv').addEventListener('click', () => { state.lang = 'sv'; localStorage.setItem('psi.lang', 'sv'); loadAll(); });
$('lang-en').addEventListener('click', () => { state.lang = 'en'; localStorage.setItem('psi.lang', 'en'); loadAll(); });
$('user').value = state.user;
$('user').addEventListener('change', (e) => { state.user = e.target.value; localStorage.setItem('psi.user', state.user); loadAll(); });
$('apply-form').addEventListener('submit', apply);
loadAll().catch((error) => { $('status').textContent = String(error); });
