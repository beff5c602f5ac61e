import { defineDetector } from '../src/types.js';

/**
 * IP address: IPv4 dotted quad and IPv6 (full, `::`-compressed, with an embedded IPv4 tail, zone-less).
 *
 * The IPv4 pattern takes the whole dotted run (`1.2.3.4.5`, SNMP OIDs `1.3.6.1.4.1.311`) so validate()
 * sees and refuses it, instead of reporting its first four parts; octets must be 0-255 without leading
 * zeros. The IPv6 pattern is loose (hex groups and colons) and validate() parses strictly, which rejects
 * times (12:30:45), MAC addresses, `std::` and a bare `::`.
 *
 * What counts (GDPR Recital 30: an IP address is an online identifier):
 * - public, private (RFC 1918, ULA), CGNAT and documentation ranges: 'valid'. Private addresses in logs
 *   still single out a device inside an organisation; documentation ranges are what fixtures use.
 * - loopback, link-local, multicast and reserved 240/4: 'unknown' — never a person's address on their own,
 *   reported only next to a context word or on a line of their own.
 * - 0.0.0.0 and 0.x ("this network"), 255.255.255.255 and netmasks (255.255.255.0, 255.255.240.0, …):
 *   configuration values, never a host: 'invalid'.
 * - CIDR networks of /24 or shorter (IPv4) and /48 or shorter (IPv6) with no host bits set (81.2.69.0/24,
 *   2001:db8:4a2f::/48): a block shared by an organisation or an ISP's customers, not one person's device:
 *   'invalid'. A /64 or /128 (and a /32, or a small IPv4 subnet) may still be one household or device, so
 *   it is reported like the bare address.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

type Verdict = 'valid' | 'invalid' | 'unknown';

const H = '[0-9A-Fa-f]';

function ipv4Octets(s: string): number[] | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(p)) return null;
    const v = Number(p);
    if (v > 255) return null;
    out.push(v);
  }
  return out;
}

/**
 * A dotted quad with the shape of a four-part version number (1.2.3.4, 4.18.0.12, 7.1.7.18): small first
 * three parts, outside the private, shared and documentation ranges that configurations use (10.0.0.1).
 * Fewer than 0.2 % of public addresses have this shape, but most four-part versions do, so such a value
 * is 'unknown' (reported only with an IP context word). Repeated-digit resolvers (1.1.1.1, 8.8.8.8) and
 * their well-known siblings are addresses, not versions.
 */
function versionShaped(o: number[]): boolean {
  const [a, b, c, d] = o;
  if (a === b && b === c && c === d) return false;
  if ((a === 8 && b === 8 && c === 4 && d === 4) || (a === 1 && b === 0 && c === 0 && d === 1)) return false;
  if (a === 10) return false;
  return a <= 30 && b <= 20 && c <= 50;
}

function ipv4Verdict(s: string): Verdict {
  const o = ipv4Octets(s);
  if (!o) return 'invalid';
  const [a, b] = o;
  if (a === 0) return 'invalid';
  // Contiguous one-bits from the top (255.255.255.0, 255.255.240.0, 192.0.0.0, 255.255.255.255): a netmask
  // or the limited broadcast address, i.e. configuration, never a host.
  const inverted = ~(((a << 24) | (b << 16) | (o[2] << 8) | o[3]) >>> 0) >>> 0;
  if ((inverted & (inverted + 1)) === 0) return 'invalid';
  if (a === 127) return 'unknown';
  if (a === 169 && b === 254) return 'unknown';
  if (a >= 224) return 'unknown';
  if (versionShaped(o)) return 'unknown';
  return 'valid';
}

/** Parses an IPv6 address into its 8 16-bit groups, or null when it is not one. */
function ipv6Groups(s: string): number[] | null {
  let text = s;
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  const last = s.slice(lastColon + 1);
  if (last.includes('.')) {
    const o = ipv4Octets(last);
    if (!o) return null;
    tail = [(o[0] << 8) | o[1], (o[2] << 8) | o[3]];
    // Keep a '::' that precedes the IPv4 part, drop a single ':' separator.
    text = s.slice(0, lastColon + 1);
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string): number[] | null => {
    if (h === '') return [];
    const out: number[] = [];
    for (const g of h.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(g)) return null;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parse(halves[0]);
  const rest = halves.length === 2 ? parse(halves[1]) : [];
  if (!head || !rest) return null;
  const explicit = head.length + rest.length + tail.length;
  if (halves.length === 2) {
    // '::' stands for at least one zero group.
    if (explicit > 7) return null;
    return [...head, ...new Array<number>(8 - explicit).fill(0), ...rest, ...tail];
  }
  return explicit === 8 ? [...head, ...tail] : null;
}

function ipv6Verdict(s: string): Verdict {
  const g = ipv6Groups(s);
  if (!g) return 'invalid';
  if (g.every((x) => x === 0)) return 'invalid';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'unknown';
  if ((g[0] & 0xffc0) === 0xfe80) return 'unknown';
  if ((g[0] & 0xff00) === 0xff00) return 'unknown';
  // IPv4-mapped (::ffff:a.b.c.d): judge the IPv4 address it carries.
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    return ipv4Verdict(`${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`);
  }
  return 'valid';
}

/**
 * An address with a network-sized prefix length (the patterns take only /0-/24 and /0-/48). With every host bit
 * zero it names a network (an allowlist's 81.2.69.0/24, a routing table's 2001:db8:4a2f::/48): an
 * organisation's or an ISP's block, shared by many people, so no online identifier of one — 'invalid'. With
 * host bits set it is a host's address written with its subnet length (`inet 10.0.0.5/24`), judged as the
 * address.
 */
function cidrVerdict(addr: string, len: number): Verdict {
  const v6 = addr.includes(':');
  const groups = v6 ? ipv6Groups(addr) : ipv4Octets(addr)?.reduce<number[]>((g, o, i) => {
    if (i % 2 === 0) g.push(o << 8);
    else g[g.length - 1] |= o;
    return g;
  }, []);
  if (!groups) return 'invalid';
  // Host bits: everything after the first `len` bits of the 16-bit groups.
  let hostBits = false;
  groups.forEach((g, i) => {
    const keep = Math.min(16, Math.max(0, len - i * 16));
    const mask = keep === 16 ? 0 : 0xffff >> keep;
    if ((g & mask) !== 0) hostBits = true;
  });
  if (!hostBits) return 'invalid';
  return v6 ? ipv6Verdict(addr) : ipv4Verdict(addr);
}

export default defineDetector({
  id: 'ip_address',
  name: 'IP address',
  category: 'online_id',
  sensitivity: 'internal',
  description: 'IPv4 and IPv6 addresses; version strings, OIDs, netmasks, times and unspecified addresses excluded.',
  patterns: [
    // A CIDR suffix of a network-sized prefix (/24 or shorter for IPv4, /48 or shorter for IPv6) is taken into the
    // value, so validate() can tell a network (81.2.69.0/24) from a host written with its subnet length
    // (10.0.0.5/24, as `ip addr` prints it). Longer prefixes (/32, /28; /64, /128) are left out of the value:
    // a /32 or /128 is one host, and a small subnet or a /64 is one site, LAN or device, so the address is
    // reported as it stands.
    // A pre-release or build suffix (1.2.3.4-beta, 1.2.3.4+build5) is taken into the value, so validate()
    // refuses the whole version string; a range's second address (10.0.0.1-10.0.0.9) starts with a digit
    // and is left alone.
    // A version word right before the number (`fw 10.2.3.4`, `firmware: 10.2.3.4`, `version 10.2.3.4`) is taken
    // into the value too, and validate() refuses a value that opens with a letter: the word names that very
    // number, so it decides it outright, where the negative context words only lower it by 0.3 (and miss the
    // abbreviation `fw` of an invoice line).
    { name: 'ipv4', regex: '(?:\\b(?i:fw|f/w|firmware|version|ver|build|release|rel)\\.?[ \\t]*[:=]?[ \\t]*)?\\b[0-9]{1,3}(?:\\.[0-9]{1,3}){3,8}(?:/(?:[0-9]|1[0-9]|2[0-4])\\b|[-+][A-Za-z][0-9A-Za-z.\\-]{0,30})?\\b', score: 0.45 },
    {
      name: 'ipv6',
      // A hex group or a leading '::', then 2-7 more ':'-groups (possibly empty, for '::'), then an optional
      // dotted IPv4 tail. At least three groups, so `a::b` style code (std::vector) stays out. Up to 15 groups are
      // taken, so that a longer colon run (the 14 octets of an iptables `MAC=` field, a key fingerprint) is seen
      // whole and refused by validate(), instead of having its first eight groups reported.
      regex: `(?:\\b${H}{1,4}|:)(?::${H}{0,4}){2,15}(?:\\.[0-9]{1,3}){0,3}(?:/(?:[0-9]|[1-3][0-9]|4[0-8])\\b)?`,
      score: 0.5,
    },
  ],
  context: {
    words: [
      'ip', 'ip address', 'ipv4', 'ipv6', 'address', 'client', 'remote', 'remote_addr', 'src', 'source', 'host',
      'x-forwarded-for', 'login from', 'connected from', 'connection from', 'request from', 'access from', 'peer',
      'dns', 'nameserver', 'resolver', 'gateway', 'ping', 'blocked', 'banned', 'whitelisted', 'allowlisted',
      'ip地址', '来源', '来源ip', '客户端', '登录ip', '访问ip', '地址', '网关', '主机',
    ],
    // Four-part version numbers and OID arcs look like dotted quads.
    negative: [
      'version', 'versions', 'ver', 'build', 'release', 'releases', 'released', 'firmware', 'upgrade', 'upgraded',
      'downgrade', 'hotfix', 'rolled back', 'changelog', 'sdk', 'driver', 'section', 'oid', 'netmask', 'subnet mask',
      // Version fields of logs and JSON (a `_` joins them into one word, so "version" alone does not match).
      'app_version', 'appversion', 'os_version', 'osversion', 'client_version', 'sdk_version', 'fw_version',
      'sw_version', 'version_name', 'build_number',
      '版本', '版本号',
    ],
    // Narrow windows: a version word names the number right next to it ("firmware 10.2.3.4"), while a real
    // address a few words further on ("Printer at 10.26.179.108 (S/N …, firmware 10.0.18040.1587)") must not
    // inherit it. A bare "from" is no context word for the same reason ("upgrade from 1.2.3.4 to …").
    // (The engine reads two bytes per declared character: 28 bytes before and 16 after in ASCII text.)
    before: 14,
    after: 8,
  },
  columnHints: ['ip', 'ip address', 'ip addr', 'ipv4', 'ipv6', 'client ip', 'remote ip', 'remote addr', 'source ip', 'src ip', 'last login ip', 'ip地址', '来源ip', '登录ip', '客户端ip'],
  columnHintExcludes: ['ip version', 'zip', 'ship'],
  normalize: (raw: string) => raw.trim().toLowerCase(),
  validate(n: string) {
    // A version word taken in by the ipv4 pattern: a version number, not an address.
    if (/^[a-z]/.test(n) && !n.includes(':')) return 'invalid';
    const slash = n.indexOf('/');
    if (slash >= 0) return cidrVerdict(n.slice(0, slash), Number(n.slice(slash + 1)));
    if (n.includes(':')) return ipv6Verdict(n);
    return ipv4Verdict(n);
  },
  legal: ['gdpr:art4-1', 'gdpr:recital30', 'ccpa:1798.140-v-1-a', 'ccpa:1798.140-v-1-f', 'pipl:art4', 'pipl:art73'],
  examples: {
    match: [
      '203.0.113.42',
      '192.168.1.20',
      '2001:db8::8a2e:370:7334',
      '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
      { text: 'Failed login for alice from 198.51.100.23 at 02:14', value: '198.51.100.23' },
      { text: 'X-Forwarded-For: 203.0.113.195, 10.0.0.7', value: '203.0.113.195' },
      { text: 'client connected via ::ffff:198.51.100.7 port 443', value: '::ffff:198.51.100.7' },
      { text: '用户登录IP：203.0.113.8，来源：上海', value: '203.0.113.8' },
      { text: 'remote addr 127.0.0.1 (health check)', value: '127.0.0.1', note: 'loopback only with context' },
      // Found by the evaluation corpus (bench/eval).
      { text: 'nameserver 8.8.8.8', value: '8.8.8.8', note: 'small octets, but a well-known resolver' },
      { text: 'Printer at 10.26.179.108 (S/N JNK6261581ML, firmware 10.0.18040.1587) shows an error', value: '10.26.179.108', note: 'a version word that names the next token' },
      { text: 'DHCP range 10.0.0.1-10.0.0.9', value: '10.0.0.9', note: 'second address of a range' },
      // Found by scanning realistic documents (/work/data/intl-docs): CIDR allowlists in a Helm values file.
      { text: 'allowlistSourceRange: ["81.2.69.0/24", "194.168.4.100/32"]', value: '194.168.4.100', note: 'a /32 is one host' },
      { text: 'inet 192.0.2.57/24 brd 192.0.2.255 scope global eth0', value: '192.0.2.57/24', note: 'a host address with its subnet length' },
      { text: 'inet6 2001:db8:4a2f:7::15/64 scope global', value: '2001:db8:4a2f:7::15', note: 'a /64 interface address is a host' },
      { text: 'client prefix 2a02:aa10:4281:9b00::/56', value: '2a02:aa10:4281:9b00::', note: 'a /56 is one household’s delegation' },
      { text: 'ping 7.1.7.18 fails from the office', value: '7.1.7.18', note: 'version-shaped, but with an IP word' },
      { text: '系统将升级至V8.7.6，服务器192.168.120.83届时暂停访问', value: '192.168.120.83' },
    ],
    noMatch: [
      { text: 'Upgrade to version 1.2.3.4.5 today.', note: 'five-part version' },
      { text: 'OID 1.3.6.1.4.1.311.21.20', note: 'SNMP OID' },
      { text: '256.1.1.1', note: 'octet over 255' },
      { text: '192.168.01.1', note: 'leading zero' },
      { text: 'netmask 255.255.255.0', note: 'netmask' },
      { text: 'listen 0.0.0.0:8080', note: 'unspecified address' },
      { text: 'The call lasted 12:30:45 in total.', note: 'time' },
      { text: 'use std::vector here', note: 'C++ scope' },
      { text: '::', note: 'unspecified IPv6 alone' },
      { text: 'Loopback 127.0.0.1 is fine for tests.', note: 'loopback in prose without context' },
      { text: 'x1.2.3.4', note: 'inside a longer token' },
      { text: 'Upgrade the firmware to 10.2.3.4 tonight.', note: 'four-part version (negative context)' },
      // Found by scanning realistic documents (/work/data/intl-docs): an invoice line's `fw` abbreviation.
      { text: '  1  KC-7741-0220    Ethernet switch 24p, fw 10.2.3.4     2     1,284.00', note: 'fw: a firmware version' },
      { text: 'Switch firmware 10.2.3.4 (IP phones)', note: 'the version word names the number next to it, despite an IP word after it' },
      { text: 'Host controller version: 10.2.3.4', note: 'a labelled version after an IP word' },
      { text: 'FW=10.2.3.4', note: 'a key=value version field' },
      { text: 'allowlistSourceRange: ["81.2.69.0/24", "2a02:aa10:4281::/48"]', note: 'CIDR networks, not hosts' },
      { text: 'route 2001:db8:4a2f::/48 dev eth0 proto static', note: 'a /48 routed prefix' },
      { text: 'ip allowlist 10.0.0.0/8, 172.16.0.0/12 and 203.0.113.0/24', note: 'IPv4 networks even after an IP word' },
      { text: 'prefix 2001:db8::/32 announced', note: 'a /32 IPv6 allocation is an ISP’s' },
      { text: 'The agent 4.18.0.12 was rolled out to 40 hosts.', note: 'version-shaped dotted quad without an IP word' },
      { text: 'Please install 1.2.3.4-beta first.', note: 'pre-release suffix: a version string' },
      { text: '{"app_version":"10.0.1.75","user":"x"}', note: 'version field of a log record' },
      { text: '系统将升级至8.7.6.64，请提前保存。', note: 'version after 升级' },
      { text: '[UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:8a:31:7c:00:1a:2b:3c:4d:5e:08:00 LEN=40', note: 'the MAC header of an iptables log line is no IPv6 address' },
    ],
  },
});
