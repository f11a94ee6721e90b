package org.advocacy.petition.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestSizeLimitTest {

    final RequestSizeLimit filter = new RequestSizeLimit(new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("advocacy.petition", Bindable.of(PetitionProperties.class)));

    @Test
    void aChunkedSignatureOverTheLimitIsRefusedWithAProblemDetail() throws Exception {
        var request = chunked("/api/petitions/p/signatures", 16 * 1024 + 1);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":413");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aChunkedBodyWithinTheLimitIsPassedOnWhole() throws Exception {
        var request = chunked("/api/petitions/p/signatures", 100);
        var chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest().getInputStream().readAllBytes()).hasSize(100);
    }

    @Test
    void staffRequestsMayBeLarger() throws Exception {
        var request = new MockHttpServletRequest("PUT", "/api/petitions/p");
        request.setContent(new byte[100 * 1024]);
        var chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest chunked(String path, int size) {
        var request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.addHeader("Transfer-Encoding", "chunked");
        request.setContent("x".repeat(size).getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
