import { defineDetector } from '../src/types.js';

/**
 * MAC address (IEEE 802 EUI-48): six octets written `d0:50:99:84:a2:a0` / `D0-50-99-84-A2-A0` with one
 * consistent separator, or Cisco's dotted `d050.9984.a2a0`.
 *
 * The patterns deliberately match longer colon/dash/dot runs too (up to 32 octets), so that a 5- or 7-octet
 * sequence, an SSH key fingerprint or an IPv6-like run is seen whole and refused by validate() instead of
 * having six of its octets reported.
 *
 * What validate() decides beyond the shape:
 * - a multicast address (I/G bit set: 01:00:5e:…, 33:33:…, fd:ff:ff:…) names a group of receivers, not a
 *   device, so it is 'invalid' — except the broadcast address ff:ff:ff:ff:ff:ff, which python-stdnum counts as
 *   a valid MAC: it stays 'unknown', so it is reported only on a line of its own or next to a context word;
 * - 00:00:00:00:00:00 is the unset placeholder of every network stack: 'invalid'.
 *
 * Examples use PII semantics: `match` must be reported, `noMatch` must not.
 */

const HEX2 = '[0-9A-Fa-f]{2}';
const HEX4 = '[0-9A-Fa-f]{4}';

export default defineDetector({
  id: 'mac_address',
  name: 'MAC address',
  category: 'online_id',
  sensitivity: 'internal',
  description: 'EUI-48 hardware addresses (colon, dash or Cisco dotted notation); multicast and placeholder addresses excluded.',
  patterns: [
    { name: 'octets', regex: `\\b${HEX2}(?:[:\\-]${HEX2}){4,31}\\b`, score: 0.35 },
    { name: 'cisco', regex: `\\b${HEX4}(?:\\.${HEX4}){2,7}\\b`, score: 0.3 },
    // An iptables / UFW log line's `MAC=` field is the frame's header: destination, source and EtherType run together
    // (`MAC=52:54:00:8a:31:7c:00:1a:2b:3c:4d:5e:08:00`). The 14-octet run is refused whole above; its two addresses are
    // the next hop's and the sending device's.
    { name: 'netfilter-dst', regex: `\\bMAC=(${HEX2}(?::${HEX2}){5}):${HEX2}(?::${HEX2}){5}:${HEX2}:${HEX2}\\b`, score: 0.6, group: 1 },
    { name: 'netfilter-src', regex: `\\bMAC=${HEX2}(?::${HEX2}){5}:(${HEX2}(?::${HEX2}){5}):${HEX2}:${HEX2}\\b`, score: 0.6, group: 1 },
  ],
  context: {
    words: [
      'mac', 'mac address', 'hwaddr', 'ether', 'hardware address', 'bssid', 'wifi', 'wi-fi', 'ethernet', 'nic',
      'device', 'client', 'station',
      'mac地址', '物理地址', '硬件地址', '网卡', '设备',
    ],
  },
  columnHints: ['mac', 'mac address', 'mac addr', 'hw addr', 'hwaddr', 'hardware address', 'bssid', 'device mac', 'mac地址', '物理地址', '网卡地址'],
  normalize(raw: string) {
    const s = raw.trim().toLowerCase();
    let octets: string[] | null = null;
    if (/^[0-9a-f]{4}(?:\.[0-9a-f]{4}){2}$/.test(s)) {
      octets = s.replace(/\./g, '').match(/../g);
    } else if (/^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/.test(s) || /^[0-9a-f]{2}(?:-[0-9a-f]{2}){5}$/.test(s)) {
      octets = s.split(/[:-]/);
    }
    // Canonical colon form for the fingerprint; any other shape is returned as is and refused by validate().
    return octets ? octets.join(':') : s;
  },
  validate(n: string) {
    if (!/^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/.test(n)) return 'invalid';
    if (n === '00:00:00:00:00:00') return 'invalid';
    if (n === 'ff:ff:ff:ff:ff:ff') return 'unknown';
    const first = parseInt(n.slice(0, 2), 16);
    if (first & 1) return 'invalid';
    return 'valid';
  },
  legal: ['gdpr:art4-1', 'gdpr:recital30', 'ccpa:1798.140-v-1-a', 'ccpa:1798.140-v-1-f', 'pipl:art4'],
  examples: {
    match: [
      // python-stdnum vectors and synthetic addresses in documentation-style OUIs.
      'd0:50:99:84:a2:a0',
      'D0-50-99-84-A2-A0',
      'FF-FF-FF-FF-FF-FF',
      'fe54.0076.070a',
      { text: 'DHCP lease granted to client 3c:22:fb:12:34:56 at 10:42.', value: '3c:22:fb:12:34:56' },
      { text: 'Device MAC: 00-1A-2B-3C-4D-5E (office printer)', value: '00-1A-2B-3C-4D-5E' },
      { text: '该设备的MAC地址为 a4:83:e7:01:23:45，请加入白名单。', value: 'a4:83:e7:01:23:45' },
      { text: 'kernel: [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:8a:31:7c:00:1a:2b:3c:4d:5e:08:00 SRC=45.155.205.233', value: '00:1a:2b:3c:4d:5e', note: 'the source address of an iptables MAC= field' },
      { text: 'kernel: [UFW BLOCK] IN=eth0 OUT= MAC=52:54:00:8a:31:7c:00:1a:2b:3c:4d:5e:08:00 SRC=45.155.205.233', value: '52:54:00:8a:31:7c', note: 'and its destination' },
    ],
    noMatch: [
      { text: 'd0:50:99:84:a2:a0:ff', note: 'seven octets' },
      { text: '00:00:00:00:00', note: 'five octets' },
      { text: 'fd:ff:ff:84:a2:a0', note: 'universally administered multicast: not a device address' },
      { text: '01:00:5e:00:00:fb', note: 'IPv4 multicast group address' },
      { text: '00:00:00:00:00:00', note: 'unset placeholder' },
      { text: 'd0:50-99:84:a2:a0', note: 'mixed separators' },
      { text: 'Broadcast frames go to FF:FF:FF:FF:FF:FF on the segment.', note: 'broadcast in prose without context' },
      { text: 'SHA256 fingerprint 16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48', note: 'key fingerprint' },
      { text: 'The meeting is at 10:30:45 today.', note: 'time' },
    ],
  },
});
