export const id = 673;
export const ids = [673];
export const modules = {

/***/ 9054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSmtpUrl: () => (/* binding */ parseSmtpUrl),
/* harmony export */   sendRawEmail: () => (/* binding */ sendRawEmail)
/* harmony export */ });
/* unused harmony exports DEFAULT_SMTP_TIMEOUTS, maskSmtpUrl, describeSmtpError */
/* harmony import */ var nodemailer_lib_smtp_connection__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1025);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2863);
// SMTP: sends one message exactly as rendered (raw: our headers, our body), through nodemailer's SMTP
// connection alone (its mailer, composer and other transports would triple the announce action's bundle).
// `smtp://user:pass@host:587` upgrades with STARTTLS and refuses to go on without it; `smtps://…:465` is
// TLS from the first byte. Errors say what happened and what to change, and never carry the password
// (nor the URL that holds it).


const DEFAULT_SMTP_TIMEOUTS = { connectMs: 15_000, greetingMs: 15_000, socketMs: 60_000 };
/** Parse SMTP_URL; a bad URL is a UserError that shows the URL with its password masked. */
function parseSmtpUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('SMTP_URL is not a URL: write it as smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465 (TLS), with special characters in the password percent-encoded.');
    }
    const shown = maskSmtpUrl(url);
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`SMTP_URL (${shown}) must start with smtp:// (STARTTLS) or smtps:// (TLS).`);
    }
    if (!parsed.hostname)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`SMTP_URL (${shown}) names no host.`);
    if (parsed.pathname.replace(/^\/+/, '') !== '' || parsed.search !== '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`SMTP_URL (${shown}) has a path or query; only smtp[s]://user:password@host:port is read.`);
    }
    const secure = parsed.protocol === 'smtps:';
    const target = {
        secure,
        host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
    };
    if (parsed.username)
        target.user = decodedPart(parsed.username, 'user', shown);
    if (parsed.password)
        target.password = decodedPart(parsed.password, 'password', shown);
    if (target.password !== undefined && target.user === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`SMTP_URL (${shown}) has a password but no user.`);
    }
    return target;
}
/**
 * The URL with its password replaced by `***` (the user stays: it helps with a refused login). The
 * credentials end at the authority's last `@`, as URL parsers read them, so a raw `@` in a password
 * never shows its tail.
 */
function maskSmtpUrl(url) {
    const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(url.trim());
    if (!match)
        return url.includes('@') ? '(unreadable URL)' : url.trim();
    const [, scheme, authority, rest] = match;
    const at = authority.lastIndexOf('@');
    if (at === -1)
        return url.trim();
    const credentials = authority.slice(0, at);
    const colon = credentials.indexOf(':');
    const user = colon === -1 ? credentials : credentials.slice(0, colon);
    return `${scheme}${user}${colon === -1 ? '' : ':***'}@${authority.slice(at + 1)}${rest}`;
}
/** A percent-encoded user or password, decoded; a bad escape is the user's to fix, named without the value. */
function decodedPart(part, what, shown) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`SMTP_URL (${shown}): the ${what} holds a % that is not a percent-encoded character (%XX).`);
    }
}
function asNodemailerError(err) {
    if (err === undefined || err === null)
        return {};
    return typeof err === 'object' ? err : { message: String(err) };
}
/** Every form of the password a message could carry, for scrubbing. */
function secretForms(target) {
    if (!target.password)
        return [];
    const { user = '', password } = target;
    return [
        password,
        encodeURIComponent(password),
        Buffer.from(password).toString('base64'),
        Buffer.from(`\u0000${user}\u0000${password}`).toString('base64'),
    ].filter((s) => s.length >= 3);
}
function scrub(text, target) {
    let out = text;
    for (const secret of secretForms(target))
        out = out.split(secret).join('***');
    return out;
}
function serverAnswer(e, target) {
    const text = (e.response ?? e.message ?? '').replace(/\s+/g, ' ').trim();
    return scrub(text.length > 300 ? `${text.slice(0, 300)}…` : text, target);
}
function rootCause(e) {
    const cause = asNodemailerError(e.cause);
    const parts = [e.originalCode, e.message, e.reason, cause.code, cause.message];
    return parts.filter((p) => typeof p === 'string').join(' ');
}
/** What went wrong, whether the message may have gone out, and what to do: one readable sentence or two. */
function describeSmtpError(err, target, timeouts) {
    const e = asNodemailerError(err);
    const where = `${target.host}:${target.port}`;
    const answer = serverAnswer(e, target);
    const cause = rootCause(e);
    const notSent = 'The message was not sent.';
    if (e.code === 'EAUTH' || e.code === 'ENOAUTH') {
        return (`The SMTP server ${where} refused the login${target.user ? ` of "${target.user}"` : ''} (${answer}). ${notSent} ` +
            'Check the user and password in SMTP_URL (percent-encode special characters in the password).');
    }
    if (/ECONNREFUSED/.test(cause)) {
        return (`Nothing accepted a connection at ${where} (connection refused). ${notSent} Check the host and port in SMTP_URL: ` +
            'smtp:// is STARTTLS, usually on 587; smtps:// is TLS, usually on 465.');
    }
    if (e.code === 'EDNS' || /ENOTFOUND|EAI_AGAIN/.test(cause)) {
        return `The SMTP host "${target.host}" could not be found. ${notSent} Check the host in SMTP_URL.`;
    }
    if (/CERT|certificate|self[- ]signed|UNABLE_TO_VERIFY|altnames/i.test(cause)) {
        return (`The TLS certificate of ${where} is not trusted (${scrub(cause, target)}). ${notSent} ` +
            'Use the server’s proper host name in SMTP_URL, or give its CA certificate to trust.');
    }
    if (e.code === 'ETLS' || /STARTTLS/i.test(cause)) {
        return (`No TLS with ${where} (${answer}). ${notSent} The server must offer STARTTLS for smtp://; ` +
            'for a server that speaks TLS from the start use smtps:// (usually port 465).');
    }
    if (e.code === 'EENVELOPE') {
        return `The SMTP server ${where} refused the sender or a recipient (${answer}). ${notSent} Check announce.from and announce.to in policy.yaml, and that the SMTP account may send as announce.from.`;
    }
    if (e.code === 'EMESSAGE' || (e.command === 'DATA' && typeof e.responseCode === 'number')) {
        return `The SMTP server ${where} refused the message (${answer}). ${notSent} Read the server's answer; fix what it names and send again.`;
    }
    if (e.code === 'ETIMEDOUT') {
        const seconds = Math.round(Math.max(timeouts.connectMs, timeouts.greetingMs, timeouts.socketMs) / 1000);
        const maybe = e.command === 'CONN'
            ? notSent
            : 'The message may or may not have been delivered: check the list archive before sending again.';
        return `The SMTP server ${where} did not answer in time (within ${seconds} s; ${answer || 'no answer'}). ${maybe}`;
    }
    return `Sending through ${where} failed (${answer || scrub(cause, target) || 'no detail'}). The message may not have been delivered: check the list archive before sending again.`;
}
/**
 * One SMTP session: connect (TLS, or STARTTLS which must succeed), log in when the URL has a user and the
 * server offers AUTH (as nodemailer's transport does), send, quit. Resolves with the server's answer to the
 * message; rejects with the first error the connection reports, or when it closes before the answer.
 */
function smtpSession(options, auth, message) {
    return new Promise((resolve, reject) => {
        const connection = new nodemailer_lib_smtp_connection__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A(options);
        let settled = false;
        const finish = (err, info) => {
            if (settled)
                return;
            settled = true;
            if (err || !info) {
                connection.close();
                reject(err ?? new Error('the SMTP session ended without an answer'));
            }
            else {
                connection.quit();
                resolve(info);
            }
        };
        // Errors after the answer (a slow QUIT) have nobody to report to; an unheard 'error' would crash.
        connection.on('error', (err) => finish(err));
        connection.once('end', () => finish(new Error('Connection closed before the server answered')));
        const send = () => connection.send(message.envelope, message.raw, (err, info) => err
            ? finish(err)
            : finish(null, {
                accepted: (info.accepted ?? []).map(String),
                rejected: (info.rejected ?? []).map(String),
                response: String(info.response ?? ''),
            }));
        connection.connect((err) => {
            if (err)
                return finish(err);
            if (auth && connection.allowsAuth)
                connection.login(auth, (e) => (e ? finish(e) : send()));
            else
                send();
        });
    });
}
/**
 * Send one raw message and wait for the server's final answer. A recipient the server refused is a
 * failure (the list must get the message, or we say it did not).
 */
async function sendRawEmail(settings, message) {
    const target = parseSmtpUrl(settings.url);
    const timeouts = { ...DEFAULT_SMTP_TIMEOUTS, ...settings.timeouts };
    const options = {
        host: target.host,
        port: target.port,
        secure: target.secure,
        requireTLS: !target.secure,
        connectionTimeout: timeouts.connectMs,
        greetingTimeout: timeouts.greetingMs,
        socketTimeout: timeouts.socketMs,
        tls: {
            minVersion: 'TLSv1.2',
            ...(settings.trustedCertificates?.length ? { ca: settings.trustedCertificates } : {}),
        },
        ...(settings.clientName ? { name: settings.clientName } : {}),
        logger: false,
        debug: false,
    };
    const auth = target.user !== undefined ? { user: target.user, pass: target.password ?? '' } : undefined;
    let info;
    try {
        info = await smtpSession(options, auth, message);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(describeSmtpError(err, target, timeouts));
    }
    if (info.rejected.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The SMTP server ${target.host}:${target.port} refused ${info.rejected.join(', ')} (${scrub(info.response, target)}); ` +
            `the message went only to ${info.accepted.join(', ') || 'nobody'}. Check announce.to in policy.yaml.`);
    }
    return { messageId: message.messageId, response: scrub(info.response, target), accepted: info.accepted };
}


/***/ })

};

//# sourceMappingURL=673.index.js.map