package com.mitpo.platform.ai.local;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jcodec.common.io.SeekableByteChannel;

/**
 * A growable in-memory file for JCodec's MP4 muxer, which seeks back to patch box sizes: the
 * video never touches the disk, so there is no temp file to leak or to clean up.
 */
final class MemoryChannel implements SeekableByteChannel {

    private byte[] data = new byte[1 << 20];
    private int size;
    private int position;
    private boolean open = true;

    @Override
    public int write(ByteBuffer src) {
        int n = src.remaining();
        if (position + n > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, position + n));
        }
        src.get(data, position, n);
        position += n;
        size = Math.max(size, position);
        return n;
    }

    @Override
    public int read(ByteBuffer dst) {
        if (position >= size) {
            return -1;
        }
        int n = Math.min(dst.remaining(), size - position);
        dst.put(data, position, n);
        position += n;
        return n;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel setPosition(long newPosition) {
        position = Math.toIntExact(newPosition);
        return this;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        size = Math.min(size, Math.toIntExact(newSize));
        position = Math.min(position, size);
        return this;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(data, size);
    }
}
