package dk.trekant.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.util.UUID;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.trekant.support.Http;

/**
 * Partners with OCES3 certificates (mutual TLS, {@code TREKANT_PARTNER_MTLS=true}) against a test CA
 * made here: the server (Spring Boot SSL bundle) asks for a client certificate and trusts only the
 * configured CA; the subject's serial number is mapped to the partner linked to it. A certificate
 * of another CA is refused in the handshake; one linked to no partner, or none, is 401.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag("own-context")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PartnerCertificateTest {

    static final String SUBJECT_SERIAL = "UI:DK-O:G:" + UUID.randomUUID();
    static final TestCertificates.Issued CA;
    static final TestCertificates.Issued SERVER;
    static final TestCertificates.Issued PARTNER;
    static final TestCertificates.Issued UNLINKED;
    static final TestCertificates.Issued FOREIGN_CA;
    static final TestCertificates.Issued FOREIGN;

    static {
        try {
            CA = TestCertificates.authority("Trekant Test OCES3 CA");
            SERVER = TestCertificates.issue(CA, "CN=localhost,O=Trekant,C=DK", true);
            PARTNER = TestCertificates.issue(CA, "CN=Politiets system,SERIALNUMBER=" + SUBJECT_SERIAL + ",O=Rigspolitiet,C=DK", false);
            UNLINKED = TestCertificates.issue(CA, "CN=Ukendt system,SERIALNUMBER=UI:DK-O:G:" + UUID.randomUUID() + ",C=DK", false);
            FOREIGN_CA = TestCertificates.authority("Fremmed CA");
            FOREIGN = TestCertificates.issue(FOREIGN_CA, "CN=Politiets system,SERIALNUMBER=" + SUBJECT_SERIAL + ",C=DK", false);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void tls(DynamicPropertyRegistry registry) throws Exception {
        String keystore = TestCertificates.write(TestCertificates.keyStore(SERVER, CA), "server").toString();
        String truststore = TestCertificates.write(TestCertificates.trustStore(CA), "trust").toString();
        registry.add("trekant.partner.mtls", () -> "true");
        registry.add("spring.ssl.bundle.jks.trekant.keystore.location", () -> "file:" + keystore);
        registry.add("spring.ssl.bundle.jks.trekant.keystore.password", () -> "changeit");
        registry.add("spring.ssl.bundle.jks.trekant.keystore.type", () -> "PKCS12");
        registry.add("spring.ssl.bundle.jks.trekant.truststore.location", () -> "file:" + truststore);
        registry.add("spring.ssl.bundle.jks.trekant.truststore.password", () -> "changeit");
        registry.add("spring.ssl.bundle.jks.trekant.truststore.type", () -> "PKCS12");
        registry.add("server.ssl.bundle", () -> "trekant");
        registry.add("server.ssl.client-auth", () -> "want");
    }

    @LocalServerPort
    int port;
    @Autowired
    PartnerService partners;

    HttpResponse<String> get(TestCertificates.Issued client, TestCertificates.Issued clientCa, String authorization)
            throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        if (client != null) {
            keys.init(TestCertificates.keyStore(client, clientCa), TestCertificates.PASSWORD);
        } else {
            KeyStore empty = KeyStore.getInstance("PKCS12");
            empty.load(null, null);
            keys.init(empty, TestCertificates.PASSWORD);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(TestCertificates.trustStore(CA));
        javax.net.ssl.X509ExtendedKeyManager chosen = (javax.net.ssl.X509ExtendedKeyManager) keys.getKeyManagers()[0];
        // always present the certificate, whichever CAs the server names (a client of another CA tries its luck)
        javax.net.ssl.X509ExtendedKeyManager always = new javax.net.ssl.X509ExtendedKeyManager() {
            public String[] getClientAliases(String type, java.security.Principal[] issuers) {
                return chosen.getClientAliases(type, null);
            }

            public String chooseClientAlias(String[] types, java.security.Principal[] issuers, java.net.Socket socket) {
                return client == null ? null : "key";
            }

            public String chooseEngineClientAlias(String[] types, java.security.Principal[] issuers, javax.net.ssl.SSLEngine engine) {
                return client == null ? null : "key";
            }

            public String[] getServerAliases(String type, java.security.Principal[] issuers) {
                return null;
            }

            public String chooseServerAlias(String type, java.security.Principal[] issuers, java.net.Socket socket) {
                return null;
            }

            public java.security.cert.X509Certificate[] getCertificateChain(String alias) {
                return chosen.getCertificateChain(alias);
            }

            public java.security.PrivateKey getPrivateKey(String alias) {
                return chosen.getPrivateKey(alias);
            }
        };
        tls.init(new javax.net.ssl.KeyManager[] {always}, trust.getTrustManagers(), null);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/api/v1/partner")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newBuilder().sslContext(tls).build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPartnerSignsInWithItsCertificateAndOthersAreRefused() throws Exception {
        Partner police = partners.create("Rigspolitiet mTLS", PartnerKind.POLICE, null).partner();
        partners.linkCertificate(police.getId(), SUBJECT_SERIAL, "admin");

        HttpResponse<String> me = get(PARTNER, CA, null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains("Rigspolitiet mTLS", "POLICE");

        // a certificate of the same CA linked to no partner, or none at all: 401 problem+json
        HttpResponse<String> unlinked = get(UNLINKED, CA, null);
        assertThat(unlinked.statusCode()).isEqualTo(401);
        assertThat(unlinked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(get(null, null, null).statusCode()).isEqualTo(401);
        // without a certificate, a token still works (client auth is "want": staff browsers need none)
        assertThat(get(null, null, Http.bearer("demo-politi")).statusCode()).isEqualTo(200);

        // the same subject from another CA never reaches Trekant: the handshake fails
        assertThatThrownBy(() -> get(FOREIGN, FOREIGN_CA, null)).isInstanceOf(IOException.class);
    }
}
