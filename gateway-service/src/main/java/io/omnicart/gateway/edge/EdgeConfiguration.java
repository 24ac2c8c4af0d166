package io.omnicart.gateway.edge;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP server's edge: requests Netty's decoder refuses for their size (limits: {@code
 * server.netty.max-initial-line-length}, {@code server.max-http-request-header-size}) get problem+json too.
 */
@Configuration(proxyBeanMethods = false)
public class EdgeConfiguration {

    @Bean
    NettyServerCustomizer decoderFailureProblems(JsonMapper json) {
        DecoderFailureProblems handler = new DecoderFailureProblems(json);
        return server -> server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, DecoderFailureProblems.NAME, handler);
            }
        });
    }
}
