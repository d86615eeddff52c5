#!/usr/bin/python3
"""One end of a Dograh WebRTC call, for e2e/runtime's call test.

Run with Debian's /usr/bin/python3 (python3-aiortc 1.4.0, python3-aioice
0.8.0). Two roles:

  browser  the dashboard page: creates the offer with a data channel, sends
           "ping-N" and expects "pong-N" back. With "relay_only" it gathers
           relay candidates only (iceTransportPolicy: 'relay'). With
           "browser_allocations" it also allocates on every further TURN URI
           it was given, as a browser gathers on each one (aiortc itself
           uses only the first: aiortc 1.4.0 rtcicetransport.py:95-137).
           With "stream" it keeps the call up instead: one ping every 0.2s,
           a {"event": "tick"} with the counts every second, until a line
           {"event": "hangup"} arrives on stdin (or the timeout nears).
  web      the web pod: Dograh's server peer (api/routes/webrtc_signaling.py
           at dograh-v1.45.0) answers with the ICE servers the app builds,
           drops candidates as its ENVIRONMENT / FORCE_TURN_RELAY / SERVER_IP
           select, and answers each "ping-N" with "pong-N".

Signaling is the test itself: the browser prints its offer as one JSON line
on stdout and reads the answer from stdin; the web peer reads the offer from
stdin and prints its answer. Every other line on stdout is a JSON event;
the last is {"event": "result", ...}. Everything is bounded by "timeout".

The configuration is one JSON object in argv[2].
"""

import asyncio
import ipaddress
import json
import logging
import sys
import time

from aioice import TransportPolicy, turn
from aiortc import RTCConfiguration, RTCIceServer, RTCPeerConnection, RTCSessionDescription
from aiortc.rtcicetransport import parse_stun_turn_uri


def describe(e):
    """An exception as one line: STUN errors carry their code in str()."""
    return "%s: %s" % (type(e).__name__, e)


def emit(**event):
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


# --- Dograh's candidate filtering, ported from api/routes/webrtc_signaling.py
# at dograh-v1.45.0 (lines 58-224): NonRelayFilterPolicy, is_cgnat_ip,
# is_local_or_cgnat_ip, resolve_ice_filter_policies, is_private_ip_candidate,
# _keep_candidate and filter_outbound_sdp. Kept line for line so the web
# peer drops what the app drops.

NONE, PRIVATE, PUBLIC, ALL = "none", "private", "public", "all"


def is_cgnat_ip(ip_str):
    try:
        ip = ipaddress.ip_address(ip_str)
    except ValueError:
        return False
    return ip.version == 4 and ip in ipaddress.ip_network("100.64.0.0/10")


def is_local_or_cgnat_ip(ip_str):
    try:
        ip = ipaddress.ip_address(ip_str)
    except ValueError:
        return False
    return ip.is_private or ip.is_loopback or ip.is_link_local or is_cgnat_ip(ip_str)


def resolve_ice_filter_policies(environment, force_turn_relay, server_ip):
    private_lan_deployment = environment != "local" and is_local_or_cgnat_ip(server_ip)
    if force_turn_relay:
        outbound = ALL
        if private_lan_deployment:
            inbound = PUBLIC if is_cgnat_ip(server_ip) else NONE
        else:
            inbound = PRIVATE
        return outbound, inbound
    if environment == "local" or private_lan_deployment:
        return NONE, NONE
    return PRIVATE, PRIVATE


def is_private_ip_candidate(candidate_str):
    try:
        parts = candidate_str.split()
        if "typ" in parts:
            return is_local_or_cgnat_ip(parts[parts.index("typ") - 2])
    except (ValueError, IndexError):
        pass
    return False


def keep_candidate(candidate_str, policy):
    if " typ relay" in candidate_str:
        return True
    if policy == NONE:
        return True
    if policy == ALL:
        return False
    if policy == PUBLIC:
        return is_private_ip_candidate(candidate_str)
    return not is_private_ip_candidate(candidate_str)


def filter_sdp(sdp, policy):
    """filter_outbound_sdp, for either direction: drops a=candidate lines."""
    if policy == NONE:
        return sdp, []
    kept, dropped = [], []
    for line in sdp.split("\r\n"):
        if line.startswith("a=candidate:") and not keep_candidate(line[2:], policy):
            dropped.append(line[2:])
            continue
        kept.append(line)
    return "\r\n".join(kept), dropped


def candidates_of(sdp):
    return [l[2:] for l in sdp.split("\r\n") if l.startswith("a=candidate:")]


# --- peers


def ice_servers(cfg):
    return [
        RTCIceServer(urls=s["urls"], username=s.get("username"), credential=s.get("credential"))
        for s in cfg["ice_servers"]
    ]


def ice_connection(pc):
    return pc.sctp.transport.transport._connection


def selected_pair(pc):
    try:
        pair = ice_connection(pc)._nominated.get(1)
    except AttributeError:
        return None
    if pair is None:
        return None
    lc, rc = pair.local_candidate, pair.remote_candidate
    return {
        "local": {"type": lc.type, "address": "%s:%d" % (lc.host, lc.port)},
        "remote": {"type": rc.type, "address": "%s:%d" % (rc.host, rc.port)},
    }


async def read_line(timeout):
    loop = asyncio.get_event_loop()
    line = await asyncio.wait_for(loop.run_in_executor(None, sys.stdin.readline), timeout)
    if not line:
        raise EOFError("signaling closed")
    return json.loads(line)


async def extra_allocations(cfg):
    """Allocate on every TURN URI after the first, as a browser gathers a
    relay candidate per URI. Returns the transports (held until the end)
    and one line per URI."""
    held, notes = [], []
    for server in cfg["ice_servers"]:
        urls = server["urls"] if isinstance(server["urls"], list) else [server["urls"]]
        turn_urls = [u for u in urls if u.startswith("turn")]
        for uri in turn_urls[1:]:
            p = parse_stun_turn_uri(uri)
            try:
                transport, _ = await asyncio.wait_for(
                    turn.create_turn_endpoint(
                        asyncio.DatagramProtocol,
                        server_addr=(p["host"], p["port"]),
                        username=server.get("username"),
                        password=server.get("credential"),
                        ssl=p["scheme"] == "turns",
                        transport=p["transport"],
                    ),
                    10,
                )
                held.append(transport)
                notes.append({"uri": uri, "relayed": "%s:%d" % transport.get_extra_info("sockname")})
            except Exception as e:  # a browser just goes without that candidate
                notes.append({"uri": uri, "error": describe(e)})
    return held, notes


async def run_browser(cfg):
    deadline = time.monotonic() + cfg["timeout"]
    pc = RTCPeerConnection(RTCConfiguration(iceServers=ice_servers(cfg)))
    dc = pc.createDataChannel("call")
    if cfg.get("relay_only"):
        # iceTransportPolicy 'relay': aiortc 1.4 has no such setting, aioice
        # 0.8 has (docs/turn-research.md §4.1).
        pc.sctp.transport.transport.iceGatherer._connection._transport_policy = TransportPolicy.RELAY
    pongs = set()
    opened = asyncio.Event()
    done = asyncio.Event()
    want = cfg["messages"]

    @dc.on("open")
    def on_open():
        opened.set()

    @pc.on("iceconnectionstatechange")
    def on_ice_state():
        if pc.iceConnectionState == "failed":
            opened.set()  # stop waiting: every candidate pair failed

    @dc.on("message")
    def on_message(msg):
        if isinstance(msg, str) and msg.startswith("pong-"):
            pongs.add(msg)
            if len(pongs) >= want:
                done.set()

    held = []
    try:
        try:
            await asyncio.wait_for(pc.setLocalDescription(await pc.createOffer()), cfg["timeout"])
        except Exception as e:
            emit(event="result", connected=False, error="gathering failed: " + describe(e))
            return
        if cfg.get("browser_allocations"):
            held, notes = await extra_allocations(cfg)
            emit(event="extra-allocations", allocations=notes)
        emit(event="offer", type="offer", sdp=pc.localDescription.sdp,
             candidates=candidates_of(pc.localDescription.sdp))
        answer = await read_line(deadline - time.monotonic())
        await pc.setRemoteDescription(RTCSessionDescription(sdp=answer["sdp"], type="answer"))
        try:
            await asyncio.wait_for(opened.wait(), max(0.1, deadline - time.monotonic()))
        except asyncio.TimeoutError:
            pass
        if dc.readyState != "open":
            emit(event="result", connected=False, error="data channel did not open (ICE %s)" % pc.iceConnectionState,
                 remote=candidates_of(answer["sdp"]))
            return
        emit(event="open", pair=selected_pair(pc))
        if cfg.get("stream"):
            await stream(dc, pongs, deadline)
            return
        for i in range(want):
            dc.send("ping-%d" % i)
            await asyncio.sleep(0.02)
        try:
            await asyncio.wait_for(done.wait(), max(0.1, deadline - time.monotonic()))
        except asyncio.TimeoutError:
            pass
        if cfg.get("hold_seconds"):
            emit(event="holding", seconds=cfg["hold_seconds"])
            await asyncio.sleep(cfg["hold_seconds"])
        emit(event="result", connected=len(pongs) >= want, sent=want, received=len(pongs),
             pair=selected_pair(pc))
    finally:
        for t in held:
            t.close()
        await pc.close()
        if held:
            await asyncio.sleep(0.3)  # let the Refresh(lifetime=0) go out


async def stream(dc, pongs, deadline):
    """Ping every 0.2s until the test hangs up; every pong must come back."""
    hangup = asyncio.ensure_future(read_line(max(0.1, deadline - 3 - time.monotonic())))
    sent, last_tick = 0, 0.0
    while not hangup.done() and time.monotonic() < deadline - 3:
        dc.send("ping-%d" % sent)
        sent += 1
        if time.monotonic() - last_tick >= 1:
            last_tick = time.monotonic()
            emit(event="tick", sent=sent, received=len(pongs))
        await asyncio.sleep(0.2)
    for _ in range(20):  # the last pongs, for at most 2s
        if len(pongs) >= sent:
            break
        await asyncio.sleep(0.1)
    emit(event="result", connected=sent > 0 and len(pongs) >= sent, sent=sent, received=len(pongs),
         hung_up=hangup.done() and hangup.exception() is None)


async def run_web(cfg):
    deadline = time.monotonic() + cfg["timeout"]
    outbound, inbound = resolve_ice_filter_policies(
        cfg["environment"], cfg["force_turn_relay"], cfg["server_ip"])
    emit(event="policies", outbound=outbound, inbound=inbound)
    pc = RTCPeerConnection(RTCConfiguration(iceServers=ice_servers(cfg)))
    pings = set()
    done = asyncio.Event()
    want = cfg["messages"]

    @pc.on("datachannel")
    def on_datachannel(channel):
        @channel.on("message")
        def on_message(msg):
            if isinstance(msg, str) and msg.startswith("ping-"):
                pings.add(msg)
                channel.send("pong-" + msg[5:])
                if len(pings) >= want:
                    done.set()

    try:
        offer = await read_line(cfg["timeout"])
        # The app filters the browser's trickled candidates by the inbound
        # policy (webrtc_signaling.py:700-706); here they arrive in the offer.
        sdp, dropped_in = filter_sdp(offer["sdp"], inbound)
        await pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="offer"))
        try:
            await asyncio.wait_for(pc.setLocalDescription(await pc.createAnswer()), cfg["timeout"])
        except Exception as e:
            emit(event="answer", type="answer", sdp="", error=describe(e))
            emit(event="result", connected=False, error="gathering failed: " + describe(e))
            return
        answer, dropped_out = filter_sdp(pc.localDescription.sdp, outbound)
        emit(event="answer", type="answer", sdp=answer, candidates=candidates_of(answer),
             dropped_outbound=dropped_out, dropped_inbound=dropped_in)
        try:
            await asyncio.wait_for(done.wait(), max(0.1, deadline - time.monotonic()))
        except asyncio.TimeoutError:
            pass
        # Stay up while the browser counts its pongs (and holds the call).
        try:
            await asyncio.wait_for(read_line(max(0.1, deadline - time.monotonic())), max(0.1, deadline - time.monotonic()))
        except Exception:
            pass
        emit(event="result", connected=len(pings) >= want, received=len(pings), pair=selected_pair(pc))
    finally:
        await pc.close()


def main():
    role, cfg = sys.argv[1], json.loads(sys.argv[2])
    if cfg.get("debug"):
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
    run = {"browser": run_browser, "web": run_web}[role]
    try:
        asyncio.run(asyncio.wait_for(run(cfg), cfg["timeout"] + 5))
    except Exception as e:
        emit(event="result", connected=False, error=describe(e))


if __name__ == "__main__":
    main()
