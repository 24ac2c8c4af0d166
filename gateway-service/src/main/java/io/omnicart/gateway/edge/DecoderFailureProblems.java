package io.omnicart.gateway.edge;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import io.omnicart.gateway.api.problem.ProblemResponder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sits right behind Netty's HTTP decoder and answers the requests it refused for their size as problem+json, like
 * every other error: a request line over the limit is 414 {@code uri_too_long}, headers over the limit 431 {@code
 * headers_too_large}. Reactor Netty would answer them itself with an empty body. The connection is closed afterwards
 * (the rest of such a request cannot be read).
 */
@ChannelHandler.Sharable
final class DecoderFailureProblems extends ChannelInboundHandlerAdapter {

    static final String NAME = "omnicart.decoderFailureProblems";

    private final JsonMapper json;

    DecoderFailureProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Problem problem =
                msg instanceof HttpRequest request && request.decoderResult().isFailure()
                        ? problem(request.decoderResult().cause())
                        : null;
        if (problem == null) {
            ctx.fireChannelRead(msg);
            return;
        }
        ReferenceCountUtil.release(msg);
        ctx.writeAndFlush(response(problem)).addListener(ChannelFutureListener.CLOSE);
    }

    private record Problem(HttpResponseStatus status, String code, String title, String detail) {}

    private static @Nullable Problem problem(Throwable cause) {
        return switch (cause) {
            case TooLongHttpLineException e ->
                new Problem(
                        HttpResponseStatus.REQUEST_URI_TOO_LONG,
                        "uri_too_long",
                        "URI too long",
                        "The request line (method, path and query) exceeds the allowed length");
            case TooLongHttpHeaderException e ->
                new Problem(
                        HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                        "headers_too_large",
                        "Request headers too large",
                        "The request headers exceed the allowed size");
            default -> null;
        };
    }

    private FullHttpResponse response(Problem problem) {
        String requestId = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemResponder.TYPE_PREFIX + problem.code());
        body.put("title", problem.title());
        body.put("status", problem.status().code());
        body.put("detail", problem.detail());
        body.put("code", problem.code());
        body.put("requestId", requestId);
        byte[] bytes = json.writeValueAsBytes(body);
        FullHttpResponse response =
                new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, problem.status(), Unpooled.wrappedBuffer(bytes));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set("X-Request-Id", requestId);
        return response;
    }
}
