package id.nttmart.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of one service (SMTP, Elasticsearch) that a test can make stall: while stalled, bytes that
 * arrive are held instead of passed on, so the client sits inside its call as it would behind a hung network or
 * server. {@link #dropAll} cuts every connection, as a crashed machine's connections end.
 */
public final class StallingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private final AtomicInteger heldChunks = new AtomicInteger();
    private volatile boolean stalled;
    private volatile boolean open = true;

    public StallingProxy(int targetPort) {
        this.targetPort = targetPort;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread.ofPlatform().daemon().name("stalling-proxy-" + port()).start(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** From now on, bytes are held. */
    public void stall() {
        stalled = true;
    }

    /** Passes held and new bytes on again. */
    public void release() {
        synchronized (gate) {
            stalled = false;
            gate.notifyAll();
        }
    }

    /** How many chunks of bytes arrived while stalled and are held: a client is inside its call. */
    public int held() {
        return heldChunks.get();
    }

    /** Cuts every connection it carries. */
    public void dropAll() {
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    private void accept() {
        while (open) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                if (!open) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread.ofPlatform().daemon().start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (stalled) {
                        heldChunks.incrementAndGet();
                        synchronized (gate) {
                            while (stalled && open && !from.isClosed()) {
                                gate.wait(100);
                            }
                        }
                        heldChunks.decrementAndGet();
                        if (!open || from.isClosed()) {
                            break;
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the connection ended
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        open = false;
        closeQuietly0();
        dropAll();
        release();
    }

    private void closeQuietly0() {
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
