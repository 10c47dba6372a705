package dk.trekant.partner;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Optional;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Mutual TLS with OCES3 certificates ({@code TREKANT_PARTNER_MTLS=true}): the TLS connector has already
 * checked the client certificate against the configured CA chain (Spring Boot SSL bundle, client auth
 * "want"); this filter maps the certificate subject's serial number ({@code SERIALNUMBER}, OCES3:
 * {@code UI:DK-O:G:<uuid>}), or else its {@code UID}, to the partner linked to it. No certificate, or one
 * linked to no partner: the request stays anonymous (a bearer token may still authenticate it).
 */
class PartnerCertificateFilter extends OncePerRequestFilter {

    private static final String CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final PartnerService partners;

    PartnerCertificateFilter(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null
                && request.getAttribute(CERTIFICATES) instanceof X509Certificate[] certificates && certificates.length > 0) {
            subjectSerial(certificates[0]).flatMap(partners::authenticateCertificate).ifPresent(PartnerTokenFilter::signIn);
        }
        chain.doFilter(request, response);
    }

    /** The subject's serialNumber (OID 2.5.4.5), or its UID (0.9.2342.19200300.100.1.1). */
    static Optional<String> subjectSerial(X509Certificate certificate) {
        try {
            LdapName name = new LdapName(certificate.getSubjectX500Principal().getName("RFC2253"));
            String uid = null;
            for (Rdn rdn : name.getRdns()) {
                String type = rdn.getType();
                if (type.equalsIgnoreCase("2.5.4.5") || type.equalsIgnoreCase("SERIALNUMBER")) {
                    return Optional.of(value(rdn));
                }
                if (type.equalsIgnoreCase("UID") || type.equals("0.9.2342.19200300.100.1.1")) {
                    uid = value(rdn);
                }
            }
            return Optional.ofNullable(uid);
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }

    private static String value(Rdn rdn) {
        Object value = rdn.getValue();
        if (value instanceof byte[] encoded) {
            // an RFC 2253 "#..." value: a DER-encoded string; its text follows the two-byte tag and length
            return new String(encoded, 2, encoded.length - 2, java.nio.charset.StandardCharsets.UTF_8);
        }
        return value.toString();
    }
}
