package io.pitstop.core.rest.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import org.apache.cxf.jaxrs.JAXRSServiceImpl;
import org.apache.cxf.jaxrs.impl.MetadataMap;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.model.URITemplate;
import org.apache.cxf.jaxrs.utils.HttpUtils;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;

/**
 * The request's operation as CXF sees it. JAX-RS has no portable way to ask which media types the operations at
 * a path read once none was chosen (a 415 carries no list), so this repeats CXF's own match of path and method
 * over the application's resources and collects their {@code @Consumes}.
 */
final class CxfOperation implements HttpProblems.Operation {
    private final Message message;

    private CxfOperation(Message message) {
        this.message = message;
    }

    /** The operation of the request this thread is answering. */
    static HttpProblems.Operation current() {
        return new CxfOperation(JAXRSUtils.getCurrentMessage());
    }

    @Override
    public String contentType() {
        return message == null ? null : (String) message.get(Message.CONTENT_TYPE);
    }

    @Override
    public Collection<MediaType> consumes() {
        List<MediaType> types = new ArrayList<>();
        if (message == null || !(message.getExchange().getService() instanceof JAXRSServiceImpl service)) {
            return types;
        }
        String method = (String) message.get(Message.HTTP_REQUEST_METHOD);
        Map<ClassResourceInfo, MultivaluedMap<String, String>> matched =
                JAXRSUtils.selectResourceClass(service.getClassResourceInfos(), HttpUtils.getPathToMatch(message, true), message);
        if (matched == null) {
            return types;
        }
        matched.forEach((resource, values) -> {
            String rest = values.getFirst(URITemplate.FINAL_MATCH_GROUP);
            for (OperationResourceInfo op : resource.getMethodDispatcher().getOperationResourceInfos()) {
                if (op.getHttpMethod() != null && op.getHttpMethod().equalsIgnoreCase(method)
                        && op.getURITemplate().match(rest == null ? "/" : rest, new MetadataMap<>())) {
                    types.addAll(op.getConsumeTypes());
                }
            }
        });
        return types;
    }
}
